import { describe, expect, it } from 'vitest'
import { deadlineRows, nextStep, schoolProgrammes } from './schoolStatus.js'
import { dispositionName, rosterFileProblem, rosterRejection, sheetFileProblem } from './schoolFiles.js'

const programme = {
  schoolPlanDeadline: '2019-12-14T00:00:00+08:00', // 12-13 24:00
  schoolScoringDeadline: '2019-12-30T00:00:00+08:00',
}
const at = (iso) => Date.parse(iso)
const states = (rows) => Object.fromEntries(rows.map((r) => [r.key, r.state]))

describe('deadline status of a school', () => {
  it('counts down before the plan deadline and is late at the deadline instant', () => {
    expect(states(deadlineRows({ programme, plan: null, roster: null, sheet: null }, at('2019-12-13T15:59:59.999Z')))).toEqual({ plan: 'open', roster: 'open', scoring: 'open' })
    expect(states(deadlineRows({ programme, plan: null, roster: null, sheet: null }, at('2019-12-13T16:00:00Z')))).toEqual({ plan: 'late', roster: 'late', scoring: 'open' })
  })

  it('takes a submitted or returned plan as handed in on time, a draft not', () => {
    const now = at('2019-12-20T00:00:00Z')
    const roster = { teachers: 42 }
    expect(states(deadlineRows({ programme, plan: { status: 'RETURNED' }, roster, sheet: null }, now)).plan).toBe('done')
    expect(states(deadlineRows({ programme, plan: { status: 'DRAFT' }, roster, sheet: null }, now)).plan).toBe('late')
    expect(deadlineRows({ programme, plan: null, roster, sheet: null }, now)[1].status.label).toBe('已导入 42 名教师')
  })

  it('shows a cancelled school as cancelled everywhere, with no next step', () => {
    const sheet = { status: 'CANCELLED', cancelledReason: '逾期未提交计划或名册，校本研修按取消处理' }
    expect(states(deadlineRows({ programme, plan: null, roster: null, sheet }, at('2019-12-20T00:00:00Z')))).toEqual({ plan: 'cancelled', roster: 'cancelled', scoring: 'cancelled' })
    expect(nextStep({ plan: null, roster: null, sheet })).toBeNull()
  })

  it('is done once reported, late when the scoring deadline passed unreported', () => {
    const plan = { status: 'APPROVED' }
    const roster = { teachers: 3 }
    expect(states(deadlineRows({ programme, plan, roster, sheet: { status: 'REPORTED' } }, at('2019-12-31T00:00:00Z'))).scoring).toBe('done')
    expect(states(deadlineRows({ programme, plan, roster, sheet: { status: 'OVERDUE' } }, at('2019-12-31T00:00:00Z'))).scoring).toBe('late')
  })

  it('names the next step in order: plan, resubmission, roster, review, scoring', () => {
    expect(nextStep({ plan: null })).toContain('填写并提交校本研修计划')
    expect(nextStep({ plan: { status: 'RETURNED' } })).toContain('按审核意见修改后重新提交')
    expect(nextStep({ plan: { status: 'SUBMITTED' }, roster: null })).toContain('上传本校学员信息表')
    expect(nextStep({ plan: { status: 'SUBMITTED' }, roster: {} })).toContain('正在县（区）审核')
    expect(nextStep({ plan: { status: 'APPROVED' }, roster: {}, sheet: { status: 'IN_PROGRESS' } })).toContain('上报成绩')
    expect(nextStep({ plan: { status: 'APPROVED' }, roster: {}, sheet: { status: 'REPORTED' } })).toBeNull()
  })

  it('offers only published programmes', () => {
    expect(schoolProgrammes([{ id: 'a', status: 'DRAFT' }, { id: 'b', status: 'PUBLISHED' }]).map((p) => p.id)).toEqual(['b'])
  })
})

describe('roster and score sheet files', () => {
  const file = (name, size = 100) => ({ name, size })
  it('accepts .xlsx, .xls and .csv rosters up to 20 MB', () => {
    expect(rosterFileProblem(file('名册.XLSX'))).toBeNull()
    expect(rosterFileProblem(file('名册.xls'))).toBeNull()
    expect(rosterFileProblem(file('名册.csv'))).toBeNull()
    expect(rosterFileProblem(file('名册.docx'))).toBe('学员信息表须为 Excel（.xlsx、.xls）或 CSV（.csv）文件')
    expect(rosterFileProblem(file('名册.csv', 0))).toBe('文件是空的，请检查后重新选择')
    expect(rosterFileProblem(file('名册.xlsx', 20 * 1024 * 1024 + 1))).toContain('20 MB')
    expect(sheetFileProblem(file('成绩表.xls'))).toBe('请上传从本页下载并填写的成绩表（.xlsx）')
  })

  it('reads the row errors of a refused roster in row order, with the report id', () => {
    const problem = {
      type: 'urn:wangben:problem:roster-rejected',
      rejectedRows: 2,
      reportId: 'rep-1',
      errors: [{ row: 5, column: '身份证号', problem: '校验位不正确' }, { row: 3, column: '手机号', problem: '应为11位数字' }],
    }
    expect(rosterRejection(problem)).toEqual({
      errors: [{ row: 3, column: '手机号', problem: '应为11位数字' }, { row: 5, column: '身份证号', problem: '校验位不正确' }],
      rejectedRows: 2,
      reportId: 'rep-1',
    })
    expect(rosterRejection({ detail: '文件无法读取' })).toEqual({ errors: [], rejectedRows: 0, reportId: null })
  })

  it('names a download by its Content-Disposition, UTF-8 first', () => {
    const header = `attachment; filename="=?UTF-8?Q?x?="; filename*=UTF-8''%E5%AD%A6%E5%91%98%E4%BF%A1%E6%81%AF%E8%A1%A8.xlsx`
    expect(dispositionName(header, 'x.xlsx')).toBe('学员信息表.xlsx')
    expect(dispositionName('attachment; filename="sheet.xlsx"', 'x')).toBe('sheet.xlsx')
    expect(dispositionName(null, '校本研修成绩表.xlsx')).toBe('校本研修成绩表.xlsx')
  })
})
