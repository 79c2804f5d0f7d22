// The rubric builder's model and its live checks. The rules are the rubric library's (rubric/README.md), so a school
// sees in the form what plan-service would refuse, with the same Chinese sentences and the same field paths.
import { scaleTenths, tenthsPlain, toTenths } from './schoolDecimal.js'

/** The rule kinds of the library: what each is called, which amounts it has and what its options are. */
export const RULE_KINDS = {
  TIERS: { label: '固定档次', hint: '如 优10 / 良8 / 中5', options: { noun: '档次', min: 2, positive: false } },
  LEVELS: { label: '指标等级', hint: '如 一级8 / 二级6 / 三级3', options: { noun: '等级', min: 2, positive: false } },
  DEDUCTION: { label: '按次扣分', hint: '如 笔记每少一次扣1分（满分10分）', amounts: ['max', 'perOccurrence', 'deductionCap'] },
  SEVERITY_DEDUCTION: {
    label: '按情节扣分',
    hint: '如 严重扣10分、较轻扣5分',
    amounts: ['max'],
    options: { noun: '情节', min: 1, positive: true, limit: 'max', limitMessage: '扣分不能超过满分' },
  },
  ADDITION: {
    label: '按次加分（有上限）',
    hint: '如 先进班级一次加1分，加满7分为止',
    amounts: ['cap'],
    options: { noun: '加分事项', min: 1, positive: true, limit: 'cap', limitMessage: '单次加分不能超过上限' },
  },
  ATTENDANCE: { label: '出勤比例', hint: '满分 × 出勤次数 ÷ 计划活动数，按出勤记录自动计算', amounts: ['max'] },
  MANUAL: { label: '直接打分', hint: '0 至满分，最多一位小数', amounts: ['max'] },
}

export const AMOUNT_LABELS = { max: '满分', perOccurrence: '每次扣分', deductionCap: '扣分上限（可不填）', cap: '加分上限' }

/** A new item of a kind, with the example figures of real rubrics so that a school only adjusts them. */
export function newItem(kind, id) {
  const item = { id, title: '', category: '', kind, max: '', perOccurrence: '', deductionCap: '', cap: '', options: [] }
  switch (kind) {
    case 'TIERS':
      item.options = [opt('优', '10'), opt('良', '8'), opt('中', '5')]
      break
    case 'LEVELS':
      item.options = [opt('一级', '8'), opt('二级', '6'), opt('三级', '3')]
      break
    case 'DEDUCTION':
      Object.assign(item, { max: '10', perOccurrence: '1' })
      break
    case 'SEVERITY_DEDUCTION':
      Object.assign(item, { max: '10', options: [opt('严重', '10'), opt('较轻', '5')] })
      break
    case 'ADDITION':
      Object.assign(item, { cap: '5', options: [opt('联合体活动', '2'), opt('出课', '5')] })
      break
    default:
      item.max = '10'
  }
  return item
}

function opt(name, points) {
  return { name, points }
}

/** An id not used by any item yet (item1, item2 …); scoresheets refer to items by it. */
export function nextItemId(items) {
  const used = new Set(items.map((i) => i.id))
  let n = items.length + 1
  while (used.has(`item${n}`)) n++
  return `item${n}`
}

/** The editor's model of a rubric as the plan API sends it (amounts as text, so nothing is rounded). */
export function fromSpec(spec) {
  if (!spec) return { declaredTotal: '40', items: [] }
  return {
    declaredTotal: text(spec.declaredTotal),
    items: (spec.items || []).map((item) => {
      const rule = item.rule || {}
      return {
        id: item.id || '',
        title: item.title || '',
        category: item.category || '',
        kind: rule.kind || '',
        max: text(rule.max),
        perOccurrence: text(rule.perOccurrence),
        deductionCap: text(rule.deductionCap),
        cap: text(rule.cap),
        options: (rule.options || []).map((o) => opt(o.name || '', text(o.points))),
      }
    }),
  }
}

function text(value) {
  return value === null || value === undefined ? '' : String(value)
}

/** The rubric as the plan API takes it: only the amounts of the chosen kind; a blank or non-numeric amount as null. */
export function toSpec(model) {
  return {
    declaredTotal: amount(model.declaredTotal),
    items: model.items.map((item) => {
      const meta = RULE_KINDS[item.kind] || {}
      const rule = { kind: item.kind || null, max: null, perOccurrence: null, deductionCap: null, cap: null, options: null }
      for (const key of meta.amounts || []) rule[key] = amount(item[key])
      if (meta.options) rule.options = item.options.map((o) => ({ name: o.name.trim(), points: amount(o.points) }))
      return { id: item.id, title: item.title.trim(), category: item.category.trim() || null, rule }
    }),
  }
}

function amount(value) {
  const t = String(value ?? '').trim()
  return /^-?\d+(\.\d+)?$/.test(t) ? Number(t) : null
}

/** The most an item can give, in tenths (0 while its amounts are missing), as the library computes it. */
export function itemMaxTenths(item) {
  const meta = RULE_KINDS[item.kind]
  if (!meta) return 0
  if (item.kind === 'TIERS' || item.kind === 'LEVELS') {
    return item.options.reduce((best, o) => Math.max(best, toTenths(o.points) ?? 0), 0)
  }
  return toTenths(item.kind === 'ADDITION' ? item.cap : item.max) ?? 0
}

/**
 * The live total check: the sum of the item maxima against the declared total, and each item's weight once the
 * rubric is scaled to the school part (N, 40 in the notice).
 */
export function totalCheck(model, schoolPoints = 40) {
  const declared = toTenths(model.declaredTotal)
  const sum = model.items.reduce((s, item) => s + itemMaxTenths(item), 0)
  const points = toTenths(schoolPoints)
  const usable = declared !== null && declared > 0
  const matches = usable && sum === declared
  let message
  if (!usable) message = '请填写细则总分'
  else if (!matches) message = `各项满分之和为${tenthsPlain(sum)}分，与总分${tenthsPlain(declared)}分不符`
  else if (declared === points) message = `各项满分之和为${tenthsPlain(sum)}分，与总分一致`
  else message = `各项满分之和为${tenthsPlain(sum)}分，与总分一致；按 ${tenthsPlain(points)}/${tenthsPlain(declared)} 折算为${tenthsPlain(points)}分`
  return {
    sumTenths: sum,
    declaredTenths: declared,
    schoolTenths: points,
    matches,
    scaled: usable && declared !== points,
    message,
    items: model.items.map((item) => {
      const max = itemMaxTenths(item)
      return { id: item.id, maxTenths: max, scaledTenths: usable ? scaleTenths(max, points, declared) : null }
    }),
  }
}

/**
 * The plan-service's path of a violation in the editor's words: the library names options by rule
 * ("rubric.items[2].rule.tiers[1].label", "…severities[0].deduction"), the editor has one options list per item.
 */
export function editorPath(serverPath) {
  if (typeof serverPath !== 'string') return ''
  return serverPath
    .replace(/\.rule\.(tiers|levels|severities|kinds)(?=\[|$)/, '.rule.options')
    .replace(/(\.options\[\d+\])\.(label|name)$/, '$1.name')
    .replace(/(\.options\[\d+\])\.(deduction|points)$/, '$1.points')
}

/** Problems grouped by editor path (several messages joined), for `el-form-item :error`. */
export function problemsByPath(problems) {
  const out = {}
  for (const p of problems || []) {
    const path = editorPath(p.path ?? p.field)
    out[path] = out[path] ? `${out[path]}；${p.message}` : p.message
  }
  return out
}

/** One sentence for an item's rule, for headers and the teacher-facing wording: "每次扣1分，满分10分". */
export function ruleSummary(rule) {
  const o = (rule.options || []).map((x) => `${x.name}${tenthsPlain(toTenths(x.points))}分`)
  const p = (v) => tenthsPlain(toTenths(v))
  switch (rule.kind) {
    case 'TIERS':
    case 'LEVELS':
      return o.join(' / ')
    case 'DEDUCTION':
      return `满分${p(rule.max)}分，每次扣${p(rule.perOccurrence)}分${rule.deductionCap != null && rule.deductionCap !== '' ? `，最多扣${p(rule.deductionCap)}分` : ''}`
    case 'SEVERITY_DEDUCTION':
      return `满分${p(rule.max)}分，${(rule.options || []).map((x) => `${x.name}扣${p(x.points)}分`).join('、')}`
    case 'ADDITION':
      return `${(rule.options || []).map((x) => `${x.name}一次加${p(x.points)}分`).join('、')}，加满${p(rule.cap ?? rule.max)}分为止`
    case 'ATTENDANCE':
      return `满分${p(rule.max)}分，按出勤记录自动计算`
    case 'MANUAL':
      return `0至${p(rule.max)}分，直接打分`
    default:
      return ''
  }
}

export { validateRubric } from './schoolRubricCheck.js'
