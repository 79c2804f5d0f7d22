// The rubric library's validation (rubric/README.md, RubricValidator and the rule policies) run in the builder: every
// problem at once, with the library's Chinese sentences and the editor's field paths.
import { pointsProblem, tenthsPlain, toTenths } from './schoolDecimal.js'
import { RULE_KINDS, totalCheck } from './schoolRubric.js'

const MAX_ID_LENGTH = 32

/** Every problem of the rubric, as [{path, message}] with the editor's paths ("rubric.items[1].options[0].points"). */
export function validateRubric(model) {
  const out = []
  const add = (path, message) => out.push({ path: `rubric.${path}`, message })
  const totalProblem = pointsProblem(model.declaredTotal, { positive: true })
  if (totalProblem) add('declaredTotal', totalProblem)
  if (!model.items.length) {
    add('items', '至少需要一个考核项目')
    return out
  }
  const ids = new Map()
  model.items.forEach((item, i) => {
    const at = `items[${i}]`
    if (!item.id || !item.id.trim()) add(`${at}.id`, '项目编号不能为空')
    else if (item.id.length > MAX_ID_LENGTH) add(`${at}.id`, `项目编号不能超过${MAX_ID_LENGTH}个字符`)
    else if (ids.has(item.id)) add(`${at}.id`, `项目编号“${item.id}”与第${ids.get(item.id) + 1}项重复`)
    else ids.set(item.id, i)
    if (!item.title || !item.title.trim()) add(`${at}.title`, '项目名称不能为空')
    if (!RULE_KINDS[item.kind]) add(`${at}.rule`, '必须选择计分方式')
    else checkRule(item, `${at}.rule`, add)
  })
  if (!totalProblem) {
    const check = totalCheck(model)
    if (!check.matches) add('declaredTotal', check.message)
  }
  return out
}

function checkRule(item, at, add) {
  const meta = RULE_KINDS[item.kind]
  const usable = {}
  for (const key of meta.amounts || []) {
    if (key === 'deductionCap' && String(item.deductionCap ?? '').trim() === '') continue
    const problem = pointsProblem(item[key], { positive: true })
    if (problem) add(`${at}.${key}`, problem)
    else usable[key] = toTenths(item[key])
  }
  if (item.kind === 'DEDUCTION' && usable.max !== undefined) {
    if (usable.perOccurrence > usable.max) add(`${at}.perOccurrence`, '每次扣分不能超过满分')
    if (usable.deductionCap > usable.max) add(`${at}.deductionCap`, '扣分上限不能超过满分')
  }
  if (meta.options) checkOptions(item, meta.options, usable, `${at}.options`, add)
}

function checkOptions(item, spec, usable, at, add) {
  const { noun } = spec
  if (item.options.length < spec.min) add(at, `至少需要${spec.min === 1 ? '一' : '两'}个${noun}`)
  const names = new Set()
  const amounts = []
  item.options.forEach((o, j) => {
    const name = (o.name || '').trim()
    if (!name) add(`${at}[${j}].name`, `${noun}名称不能为空`)
    else if (names.has(name)) add(`${at}[${j}].name`, `${noun}名称“${name}”重复`)
    else names.add(name)
    const problem = pointsProblem(o.points, { positive: spec.positive })
    if (problem) add(`${at}[${j}].points`, problem)
    else amounts.push([j, toTenths(o.points)])
  })
  if (spec.limit) {
    const limit = usable[spec.limit]
    for (const [j, tenths] of amounts) if (limit !== undefined && tenths > limit) add(`${at}[${j}].points`, spec.limitMessage)
    return
  }
  // tiers and levels: distinct, from high to low, the best above 0 (overlapping tiers are refused)
  const seen = new Set()
  let previous = null
  let descending = true
  for (const [j, tenths] of amounts) {
    if (seen.has(tenths)) {
      add(`${at}[${j}].points`, `${noun}分值${tenthsPlain(tenths)}分重复，${noun}不能重叠`)
      continue
    }
    seen.add(tenths)
    if (previous !== null && tenths > previous) descending = false
    previous = tenths
  }
  if (!descending) add(at, `${noun}须按分值从高到低排列`)
  if (amounts.length && amounts.every(([, t]) => t === 0)) add(at, `最高${noun}分值必须大于0`)
}
