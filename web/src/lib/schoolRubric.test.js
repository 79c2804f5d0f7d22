import { describe, expect, it } from 'vitest'
import { fromSpec, newItem, nextItemId, problemsByPath, toSpec, totalCheck, validateRubric, editorPath, ruleSummary } from './schoolRubric.js'
import { formatPoints, pointsProblem, scaleTenths, toTenths } from './schoolDecimal.js'

// the example of rubric/README.md: 出勤 20 + 笔记 10 + 作业 10 = 40
function model40() {
  return {
    declaredTotal: '40',
    items: [
      { ...newItem('ATTENDANCE', 'attendance'), title: '出勤', max: '20' },
      { ...newItem('DEDUCTION', 'notes'), title: '笔记', max: '10', perOccurrence: '1' },
      { ...newItem('TIERS', 'homework'), title: '作业', options: [{ name: '优', points: '10' }, { name: '良', points: '8' }, { name: '中', points: '5' }] },
    ],
  }
}

describe('exact points', () => {
  it('reads one-decimal amounts into whole tenths and refuses the rest with the library sentence', () => {
    expect(toTenths('7.5')).toBe(75)
    expect(toTenths(38.8)).toBe(388)
    expect(toTenths('40')).toBe(400)
    expect(toTenths('7.55')).toBeNull()
    expect(pointsProblem('7.55')).toBe('分值最多保留一位小数')
    expect(pointsProblem('-1')).toBe('分值不能为负数')
    expect(pointsProblem('0', { positive: true })).toBe('分值必须大于0')
    expect(pointsProblem('')).toBe('必须填写分值')
    expect(pointsProblem('abc')).toBe('请填写数字')
  })

  it('adds 0.1 ten times to exactly 1.0 and shows one decimal', () => {
    const model = { declaredTotal: '1', items: Array.from({ length: 10 }, (_, i) => ({ ...newItem('MANUAL', `m${i}`), title: `项${i}`, max: '0.1' })) }
    expect(totalCheck(model).matches).toBe(true)
    expect(formatPoints(40)).toBe('40.0')
    expect(formatPoints('29.9')).toBe('29.9')
  })

  it('scales once, HALF_UP, like RubricScorer: 74.8 of 100 → 29.9 of 40, 97.0 → 38.8, 75.3 of 80 → 37.7', () => {
    expect(scaleTenths(748, 400, 1000)).toBe(299)
    expect(scaleTenths(970, 400, 1000)).toBe(388)
    expect(scaleTenths(753, 400, 800)).toBe(377)
    expect(scaleTenths(875, 400, 1000)).toBe(350)
  })
})

describe('live total check', () => {
  it('accepts items that sum to the declared total, counting tiers by their best and additions by their cap', () => {
    const check = totalCheck(model40())
    expect(check.sumTenths).toBe(400)
    expect(check.matches).toBe(true)
    expect(check.scaled).toBe(false)
    expect(validateRubric(model40())).toEqual([])
  })

  it('names the gap in the server words when the sum differs (seed 000: 103 against 100)', () => {
    const model = model40()
    model.items[1].max = '9'
    const check = totalCheck(model)
    expect(check.matches).toBe(false)
    expect(check.message).toBe('各项满分之和为39分，与总分40分不符')
    expect(validateRubric(model)).toContainEqual({ path: 'rubric.declaredTotal', message: '各项满分之和为39分，与总分40分不符' })
  })

  it('shows each item scaled to 40 when the rubric is written on 100', () => {
    const model = {
      declaredTotal: '100',
      items: [
        { ...newItem('ATTENDANCE', 'a'), title: '出勤', max: '30' },
        { ...newItem('ADDITION', 'b'), title: '加分', cap: '7', options: [{ name: '先进班级', points: '1' }] },
        { ...newItem('MANUAL', 'c'), title: '综合', max: '63' },
      ],
    }
    const check = totalCheck(model, 40)
    expect(check.matches).toBe(true)
    expect(check.scaled).toBe(true)
    expect(check.items.map((i) => i.scaledTenths)).toEqual([120, 28, 252])
    expect(check.message).toContain('折算为40分')
  })
})

describe('rubric rules of every kind, as plan-service checks them', () => {
  it('refuses overlapping, ascending and all-zero tiers', () => {
    const model = model40()
    model.items[2].options = [{ name: '优', points: '5' }, { name: '良', points: '5' }, { name: '良', points: '8' }]
    const paths = problemsByPath(validateRubric(model))
    expect(paths['rubric.items[2].rule.options[1].points']).toBe('档次分值5分重复，档次不能重叠')
    expect(paths['rubric.items[2].rule.options[2].name']).toBe('档次名称“良”重复')
    expect(paths['rubric.items[2].rule.options']).toBe('档次须按分值从高到低排列')
    model.items[2].options = [{ name: '一档', points: '0' }]
    expect(problemsByPath(validateRubric(model))['rubric.items[2].rule.options']).toBe('至少需要两个档次；最高档次分值必须大于0')
  })

  it('refuses a deduction above the maximum and a cap above it, and allows no cap', () => {
    const model = model40()
    Object.assign(model.items[1], { perOccurrence: '11', deductionCap: '12' })
    const paths = problemsByPath(validateRubric(model))
    expect(paths['rubric.items[1].rule.perOccurrence']).toBe('每次扣分不能超过满分')
    expect(paths['rubric.items[1].rule.deductionCap']).toBe('扣分上限不能超过满分')
    Object.assign(model.items[1], { perOccurrence: '1', deductionCap: '' })
    expect(validateRubric(model)).toEqual([])
  })

  it('checks severities against the maximum and addition kinds against the cap', () => {
    const model = {
      declaredTotal: '20',
      items: [
        { ...newItem('SEVERITY_DEDUCTION', 's'), title: '师德', max: '10', options: [{ name: '严重', points: '12' }, { name: '较轻', points: '0' }] },
        { ...newItem('ADDITION', 'a'), title: '加分', cap: '5', options: [{ name: '出课', points: '6' }] },
        { ...newItem('LEVELS', 'l'), title: '指标', options: [{ name: '一级', points: '5' }, { name: '二级', points: '3' }] },
      ],
    }
    const paths = problemsByPath(validateRubric(model))
    expect(paths['rubric.items[0].rule.options[0].points']).toBe('扣分不能超过满分')
    expect(paths['rubric.items[0].rule.options[1].points']).toBe('分值必须大于0')
    expect(paths['rubric.items[1].rule.options[0].points']).toBe('单次加分不能超过上限')
    expect(paths['rubric.declaredTotal']).toBeUndefined()
  })

  it('needs an item, a title, a unique id and a kind', () => {
    expect(validateRubric({ declaredTotal: '40', items: [] })).toEqual([{ path: 'rubric.items', message: '至少需要一个考核项目' }])
    const model = model40()
    model.items[1].id = 'attendance'
    model.items[0].title = ' '
    model.items[2].kind = ''
    const paths = problemsByPath(validateRubric(model))
    expect(paths['rubric.items[1].id']).toBe('项目编号“attendance”与第1项重复')
    expect(paths['rubric.items[0].title']).toBe('项目名称不能为空')
    expect(paths['rubric.items[2].rule']).toBe('必须选择计分方式')
  })

  it('puts the server violations of the library next to the editor fields', () => {
    expect(editorPath('rubric.items[2].rule.tiers[1].points')).toBe('rubric.items[2].rule.options[1].points')
    expect(editorPath('rubric.items[2].rule.tiers[1].label')).toBe('rubric.items[2].rule.options[1].name')
    expect(editorPath('rubric.items[0].rule.severities[0].deduction')).toBe('rubric.items[0].rule.options[0].points')
    expect(editorPath('rubric.items[1].rule.kinds')).toBe('rubric.items[1].rule.options')
    expect(editorPath('rubric.items[1].rule.kind')).toBe('rubric.items[1].rule.kind')
    expect(editorPath('activities[0].startDate')).toBe('activities[0].startDate')
    const paths = problemsByPath([{ field: 'rubric.declaredTotal', message: '各项满分之和为39分，与总分40分不符' }])
    expect(paths['rubric.declaredTotal']).toBe('各项满分之和为39分，与总分40分不符')
  })
})

describe('rubric on the wire', () => {
  it('round-trips the plan API spec with only the amounts of each kind', () => {
    const spec = toSpec(model40())
    expect(spec.declaredTotal).toBe(40)
    expect(spec.items[1]).toEqual({
      id: 'notes',
      title: '笔记',
      category: null,
      rule: { kind: 'DEDUCTION', max: 10, perOccurrence: 1, deductionCap: null, cap: null, options: null },
    })
    expect(spec.items[2].rule.options).toEqual([{ name: '优', points: 10 }, { name: '良', points: 8 }, { name: '中', points: 5 }])
    const back = fromSpec(spec)
    expect(back.items[2].options[1]).toEqual({ name: '良', points: '8' })
    expect(toSpec(back)).toEqual(spec)
    expect(ruleSummary(spec.items[1].rule)).toBe('满分10分，每次扣1分')
  })

  it('gives new items fresh ids', () => {
    expect(nextItemId([{ id: 'item1' }, { id: 'item3' }])).toBe('item4')
    expect(nextItemId([])).toBe('item1')
  })
})
