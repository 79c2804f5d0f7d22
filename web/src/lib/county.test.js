import { describe, expect, it } from 'vitest'
import { changeText, instantFromPicker, pickerValue, programmeForm, programmeProblems, programmeRequest } from './county.js'
import {
  EXPORTS,
  checkMaterialFile,
  checkVideoUrl,
  extensionProblems,
  filenameOf,
  itemMax,
  kindOfPrompt,
  moduleProblems,
  parseDuration,
  promptWithKind,
  reasonProblem,
  ruleText,
} from './countyWork.js'

// the county notice (seed 004), filled in as the county admin would
function notice() {
  return {
    ...programmeForm(null),
    name: '2019-2020第一学期教师网本研修',
    periodStart: '2019-12-05',
    periodEnd: '2019-12-31',
    enrollmentCutoff: '2019-12-09 00:00:00',
    schoolPlanDeadline: '2019-12-14 00:00:00',
    schoolScoringDeadline: '2019-12-30 00:00:00',
  }
}

describe('deadlines are Beijing wall-clock times', () => {
  it('round-trip between the server instant and the picker, whatever offset the server wrote', () => {
    expect(pickerValue('2019-12-08T16:00:00Z')).toBe('2019-12-09 00:00:00')
    expect(pickerValue('2019-12-09T00:00+08:00')).toBe('2019-12-09 00:00:00')
    expect(instantFromPicker('2019-12-09 00:00:00')).toBe('2019-12-09T00:00:00+08:00')
    expect(instantFromPicker('2019-12-15 18:30')).toBe('2019-12-15T18:30:00+08:00')
    expect(instantFromPicker('')).toBeNull()
    expect(instantFromPicker('15/12/2019')).toBeNull()
  })
})

describe('programme form', () => {
  it('accepts the notice and sends its instants with the Beijing offset', () => {
    expect(programmeProblems(notice())).toEqual({})
    const body = programmeRequest(notice())
    expect(body.enrollmentCutoff).toBe('2019-12-09T00:00:00+08:00')
    expect(body.timeZone).toBe('Asia/Shanghai')
    expect(body.exemptionCategories).toContain('国培送教')
    expect(body.onlinePoints + body.schoolPoints).toBe(body.totalPoints)
  })

  it('reads a programme from the server back into the form', () => {
    const form = programmeForm({ ...programmeRequest(notice()), enrollmentCutoff: '2019-12-08T16:00:00Z' })
    expect(form.enrollmentCutoff).toBe('2019-12-09 00:00:00')
    expect(form.schoolPlanDeadline).toBe('2019-12-14 00:00:00')
  })

  it('refuses what plan-service refuses, at the field', () => {
    const p = programmeProblems({
      ...notice(),
      name: ' ',
      periodEnd: '2019-12-01',
      onlinePoints: 70,
      passMark: 0,
      cycleHoursTarget: 10,
      exemptionCategories: ['国培送教', '国培送教'],
    })
    expect(p.name).toBe('项目名称不能为空')
    expect(p.periodEnd).toBe('研修结束日期不能早于开始日期')
    expect(p.totalPoints).toBe('网络研修分值（70）与校本研修分值（40）之和必须等于总分（100）')
    expect(p.passMark).toBe('合格分数必须大于 0 且不超过总分')
    expect(p.cycleHoursTarget).toBe('周期学时目标不能小于本项目认定学时')
    expect(p.exemptionCategories).toBe('免修类别不能重复')
  })

  it('keeps the deadlines in order and inside the period (24:00 of the last day is inside)', () => {
    expect(programmeProblems({ ...notice(), enrollmentCutoff: '2020-01-01 00:00:01' }).enrollmentCutoff).toBe(
      '报名截止时间必须在研修周期之内',
    )
    expect(programmeProblems({ ...notice(), schoolPlanDeadline: '2019-12-08 23:59:59' }).schoolPlanDeadline).toBe(
      '学校提交计划和名册的截止时间不能早于报名截止时间',
    )
    expect(programmeProblems({ ...notice(), schoolScoringDeadline: '2019-12-14 00:00:00' }).schoolScoringDeadline).toBe(
      '成绩上报截止时间必须晚于计划和名册的截止时间',
    )
    expect(programmeProblems({ ...notice(), schoolScoringDeadline: '2020-01-01 00:00:00' })).toEqual({})
    expect(programmeProblems({ ...notice(), schoolScoringDeadline: '2020-01-01 00:00:01' }).schoolScoringDeadline).toBe(
      '成绩上报截止时间不能晚于研修结束日期 24:00',
    )
  })
})

describe('module form', () => {
  const programme = { periodStart: '2019-12-05', periodEnd: '2019-12-31' }
  const module = { title: '队伍建设', prompt: '', maxPoints: 20, opensAt: '2019-12-09 00:00:00', dueAt: '2019-12-16 00:00:00' }

  it('accepts the notice module and refuses a window outside the programme or backwards', () => {
    expect(moduleProblems(module, programme)).toEqual({})
    expect(moduleProblems({ ...module, opensAt: '2019-12-04 23:59:59' }, programme).opensAt).toBe(
      '板块开放时间不能早于研修项目开始日期',
    )
    expect(moduleProblems({ ...module, dueAt: '2019-12-09 00:00:00' }, programme).dueAt).toBe('作业截止时间必须晚于板块开放时间')
    expect(moduleProblems({ ...module, dueAt: '2020-01-01 00:00:00' }, programme)).toEqual({})
    expect(moduleProblems({ ...module, dueAt: '2020-01-01 00:01:00' }, programme).dueAt).toBe(
      '作业截止时间不能晚于研修项目结束日期 24:00',
    )
    expect(moduleProblems({ ...module, maxPoints: 0 }, programme).maxPoints).toBe('板块分值必须在 1 到 100 之间')
    expect(moduleProblems({ ...module, title: '' }, programme).title).toBe('板块名称不能为空')
  })

  it('keeps the essay kind at the head of the prompt', () => {
    const stored = promptWithKind('演讲稿', '围绕师德师风写一篇演讲稿')
    expect(stored).toBe('【演讲稿】围绕师德师风写一篇演讲稿')
    expect(kindOfPrompt(stored)).toEqual({ kind: '演讲稿', prompt: '围绕师德师风写一篇演讲稿' })
    expect(kindOfPrompt('自由写作')).toEqual({ kind: '', prompt: '自由写作' })
  })
})

describe('course materials', () => {
  it('reads video lengths the way people write them', () => {
    expect(parseDuration('93分24秒')).toBe(5604)
    expect(parseDuration('78:32')).toBe(4712)
    expect(parseDuration('1:33:24')).toBe(5604)
    expect(parseDuration('1小时33分24秒')).toBe(5604)
    expect(parseDuration('55')).toBe(3300)
    expect(parseDuration('')).toBeNull()
    expect(parseDuration('0')).toBeNull()
    expect(parseDuration('25:00:01')).toBeNull()
    expect(parseDuration('很长')).toBeNull()
  })

  it('checks documents and video addresses before upload', () => {
    expect(checkMaterialFile({ name: '自我发展规划.PDF', size: 1000 })).toBeNull()
    expect(checkMaterialFile({ name: '文件.doc', size: 1000 })).toBe('不支持旧版 .doc 文件，请另存为 .docx 后上传')
    expect(checkMaterialFile({ name: 'a.exe', size: 1000 })).toMatch(/^课程资料只能是/)
    expect(checkMaterialFile({ name: 'a.pdf', size: 50 * 1024 * 1024 + 1 })).toBe('课程资料不能超过 50 MB')
    expect(checkVideoUrl('https://video.example.cn/shide-1.mp4')).toBeNull()
    expect(checkVideoUrl('ftp://video.example.cn/a')).toBe('视频地址必须是以 http:// 或 https:// 开头的完整网址')
  })
})

describe('extensions and reasons', () => {
  const module = { dueAt: '2019-12-16T00:00:00+08:00' }
  const now = Date.parse('2019-12-17T10:00:00+08:00')

  it('are absolute Beijing instants after the cutoff and after now, with a reason', () => {
    expect(extensionProblems({ teacherId: 't1', until: '2019-12-18 23:59:00', reason: '住院' }, module, now)).toEqual({})
    expect(extensionProblems({ teacherId: 't1', until: '2019-12-16 00:00:00', reason: '住院' }, module, 0).until).toBe(
      '延期截止时间必须晚于本板块的截止时间',
    )
    expect(extensionProblems({ teacherId: 't1', until: '2019-12-17 09:00:00', reason: '住院' }, module, now).until).toBe(
      '延期截止时间必须晚于当前时间',
    )
    const empty = extensionProblems({ teacherId: '', until: '', reason: ' ' }, module, now)
    expect(empty).toEqual({ teacherId: '请选择教师', until: '请填写延期截止时间', reason: '请填写延期原因' })
  })

  it('refuse a blank or overlong reason', () => {
    expect(reasonProblem('  ', 500, '恢复理由')).toBe('请填写恢复理由')
    expect(reasonProblem('字'.repeat(501))).toBe('理由不能超过 500 个字')
    expect(reasonProblem('逾期系系统故障')).toBeNull()
  })
})

describe('rubric items in the review', () => {
  it('are summed by their most points and told in a sentence', () => {
    const tiers = { kind: 'TIERS', options: [{ name: '优秀', points: 8 }, { name: '良好', points: 6 }, { name: '一般', points: 4 }] }
    const notes = { kind: 'DEDUCTION', max: 10, perOccurrence: 1 }
    const awards = { kind: 'ADDITION', perOccurrence: 1, cap: 7 }
    expect(itemMax(tiers) + itemMax(notes) + itemMax(awards)).toBe(25)
    expect(ruleText(tiers)).toBe('固定档次：优秀 8 / 良好 6 / 一般 4')
    expect(ruleText(notes)).toBe('缺一次扣分：满分 10，每缺一次扣 1')
    expect(ruleText(awards)).toBe('按次加分（有上限）：每次 1，上限 7')
    expect(ruleText({ kind: 'ATTENDANCE', max: 10 })).toBe('按出勤率：满分 10')
  })
})

describe('revision history', () => {
  it('shows changed instants in Beijing time, other values as written', () => {
    expect(changeText('2019-12-08T16:00:00Z')).toBe('2019年12月8日（周日）24:00（北京时间）')
    expect(changeText('60')).toBe('60')
    expect(changeText(null)).toBe('（空）')
  })
})

describe('exports', () => {
  it('ask scoring-service for the county and programme, and keep the Chinese file name it gives', () => {
    expect(EXPORTS.results('qingshan', 'p 1')).toBe('/api/scoring/exports/counties/qingshan/programmes/p%201/results')
    expect(EXPORTS.hours('qingshan', 'p-1')).toBe('/api/scoring/exports/counties/qingshan/programmes/p-1/hours')
    const header = "attachment; filename=\"county-results.xlsx\"; filename*=UTF-8''%E9%9D%92%E5%B1%B1%E5%8E%BF-%E5%9F%B9%E8%AE%AD%E7%BB%93%E6%9E%9C.xlsx"
    expect(filenameOf(header)).toBe('青山县-培训结果.xlsx')
    expect(filenameOf('attachment; filename="hours-certification.xlsx"')).toBe('hours-certification.xlsx')
    expect(filenameOf(null)).toBeNull()
  })
})
