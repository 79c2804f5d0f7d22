import { describe, expect, it } from 'vitest'
import { cellControl, cellOfField, cellProblem, changedRows, draftFromEntry, entryFromDraft, previewTenths, rowTotals, sameEntry } from './schoolGrid.js'
import { tenthsText } from './schoolDecimal.js'

// columns as GET …/sheet sends them (GridView.ColumnView)
const tiers = { itemId: 'lesson', title: '新教师汇报课', kind: 'TIERS', input: 'CHOICE', max: 20, options: [{ name: '一档', points: 20 }, { name: '二档', points: 15 }, { name: '三档', points: 10 }] }
const notes = { itemId: 'notes', title: '学习笔记', kind: 'DEDUCTION', input: 'COUNT', max: 10, perOccurrence: 1, deductionCap: null, options: [] }
const capped = { ...notes, itemId: 'capped', deductionCap: 4 }
const ethics = { itemId: 'ethics', title: '师德师风', kind: 'SEVERITY_DEDUCTION', input: 'COUNTS', max: 10, options: [{ name: '严重', points: 10 }, { name: '较轻', points: 5 }] }
const bonus = { itemId: 'bonus', title: '加分', kind: 'ADDITION', input: 'COUNTS', max: 7, options: [{ name: '先进班级', points: 1 }, { name: '出课', points: 5 }] }
const level = { itemId: 'level', title: '指标', kind: 'LEVELS', input: 'CHOICE', max: 8, options: [{ name: '一级', points: 8 }, { name: '二级', points: 6 }] }
const manual = { itemId: 'overall', title: '综合评定', kind: 'MANUAL', input: 'POINTS', max: 10, options: [] }
const attendance = { itemId: 'att', title: '出勤', kind: 'ATTENDANCE', input: 'ATTENDANCE', max: 20, options: [] }

describe('grid inputs follow the rubric', () => {
  it('gives tiers and levels a select, occurrences whole numbers, attendance nothing to type', () => {
    expect(cellControl(tiers)).toBe('select')
    expect(cellControl(level)).toBe('select')
    expect(cellControl(notes)).toBe('count')
    expect(cellControl(ethics)).toBe('counts')
    expect(cellControl(manual)).toBe('points')
    expect(cellControl(attendance)).toBe('computed')
  })

  it('takes whole non-negative counts only', () => {
    expect(cellProblem(notes, '2')).toBeNull()
    expect(cellProblem(notes, '')).toBeNull()
    expect(cellProblem(notes, '2.5')).toBe('次数须为不小于0的整数')
    expect(cellProblem(notes, '-1')).toBe('次数须为不小于0的整数')
    expect(cellProblem(notes, '1000')).toBe('次数不能超过999')
    expect(cellProblem(ethics, { 严重: '', 较轻: '1.5' })).toBe('较轻：次数须为不小于0的整数')
  })

  it('takes a manual score from 0 to the maximum with one decimal', () => {
    expect(cellProblem(manual, '7.5')).toBeNull()
    expect(cellProblem(manual, '7.55')).toBe('分数最多保留一位小数')
    expect(cellProblem(manual, '10.5')).toBe('分数不能超过满分10分')
    expect(cellProblem(manual, '-1')).toBe('分数不能为负数')
    expect(cellProblem(tiers, '四档')).toBe('没有名为“四档”的选项')
  })

  it('turns drafts into the wire entries and back; blank clears', () => {
    expect(entryFromDraft(tiers, '二档')).toEqual({ choice: '二档' })
    expect(entryFromDraft(notes, '2')).toEqual({ count: 2 })
    expect(entryFromDraft(manual, '7.5')).toEqual({ points: 7.5 })
    expect(entryFromDraft(ethics, { 严重: '', 较轻: '1' })).toEqual({ counts: { 较轻: 1 } })
    expect(entryFromDraft(ethics, { 严重: '0', 较轻: '0' })).toEqual({ counts: {} })
    expect(entryFromDraft(ethics, { 严重: '', 较轻: '' })).toBeNull()
    expect(entryFromDraft(notes, ' ')).toBeNull()
    expect(draftFromEntry(ethics, { counts: { 较轻: 1 } })).toEqual({ 严重: '0', 较轻: '1' })
    expect(draftFromEntry(ethics, null)).toEqual({ 严重: '', 较轻: '' })
    expect(draftFromEntry(manual, { points: 7.5 })).toBe('7.5')
    expect(sameEntry({ counts: { 较轻: 0 } }, { counts: {} })).toBe(true)
    expect(sameEntry({ points: 7.5 }, { points: '7.50' })).toBe(false) // 7.50 is not one decimal: not sent as same
  })
})

describe('exact preview of item scores and totals', () => {
  it('scores every rule kind like the library', () => {
    expect(previewTenths(tiers, '二档')).toBe(150)
    expect(previewTenths(notes, '2')).toBe(80)
    expect(previewTenths(notes, '15')).toBe(0) // never below 0
    expect(previewTenths(capped, '9')).toBe(60) // at most 4 deducted
    expect(previewTenths(ethics, { 严重: '', 较轻: '1' })).toBe(50)
    expect(previewTenths(bonus, { 先进班级: '3', 出课: '1' })).toBe(70) // 8 capped at 7
    expect(previewTenths(manual, '7.5')).toBe(75)
    expect(previewTenths(manual, '7.55')).toBeNull()
    expect(previewTenths(attendance, null)).toBeNull()
  })

  it('adds the row and scales it to 40 once: 74.8 of 100 → 29.9', () => {
    const columns = [attendance, { ...manual, max: 80 }]
    const drafts = { overall: '61.5' }
    const totals = rowTotals(columns, drafts, { att: 13.3 }, 100, 40)
    expect(tenthsText(totals.rawTenths)).toBe('74.8')
    expect(tenthsText(totals.scaledTenths)).toBe('29.9')
    expect(rowTotals(columns, { overall: '' }, { att: 13.3 }, 100, 40).rawTenths).toBeNull()
    expect(rowTotals([manual], { overall: '9.7' }, {}, 10, 40).scaledTenths).toBe(388)
  })
})

describe('saving the grid', () => {
  const rows = [
    { teacherKey: 't1', name: '李文', inputs: { notes: { count: 1 }, overall: null } },
    { teacherKey: 't2', name: '王芳', inputs: { notes: null, overall: null } },
  ]
  it('sends only changed cells of changed rows, and null to clear', () => {
    const drafts = { t1: { notes: '', overall: '8' }, t2: { notes: '', overall: '' } }
    expect(changedRows([notes, manual, attendance], rows, drafts)).toEqual({
      rows: [{ teacherKey: 't1', inputs: { notes: null, overall: { points: 8 } } }],
      problems: [],
    })
  })

  it('sends nothing while a cell is wrong, naming the trainee and the item', () => {
    const drafts = { t1: { notes: '1', overall: '' }, t2: { notes: '1.5', overall: '' } }
    const result = changedRows([notes, manual], rows, drafts)
    expect(result.problems).toEqual([{ teacherKey: 't2', itemId: 'notes', message: '王芳“学习笔记”：次数须为不小于0的整数' }])
  })

  it('finds the cell of a refused row field', () => {
    const sent = [{ teacherKey: 't2' }]
    expect(cellOfField('rows[0].inputs.notes', sent)).toEqual({ teacherKey: 't2', itemId: 'notes' })
    expect(cellOfField('rows[0]', sent)).toEqual({ teacherKey: 't2', itemId: null })
    expect(cellOfField('G2', sent)).toBeNull()
  })
})
