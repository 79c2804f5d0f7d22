// The county admin's forms: what the services will check, checked first in the form (the services stay the judge and
// their Chinese detail is shown when they refuse). Every deadline is an instant in Asia/Shanghai: pickers hold the
// wall-clock time "YYYY-MM-DD HH:mm:ss" as seen in Beijing, whatever zone the admin's computer is in.
import { formatDeadline, shanghaiParts, toDate } from './time.js'

/** China has kept UTC+8 without daylight saving since 1991, so a Beijing wall-clock time is that time at +08:00. */
export const SHANGHAI_OFFSET = '+08:00'
export const PICKER_FORMAT = 'YYYY-MM-DD HH:mm:ss'

const pad = (n) => String(n).padStart(2, '0')

/** An instant from the server → the picker's Beijing wall-clock value. */
export function pickerValue(instant) {
  const p = shanghaiParts(instant)
  if (!p) return ''
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
}

/** The picker's Beijing wall-clock value → the instant the API takes ("2019-12-09T00:00:00+08:00"), or null. */
export function instantFromPicker(value) {
  if (!value) return null
  const m = /^(\d{4}-\d{2}-\d{2})[ T](\d{2}:\d{2})(:\d{2})?$/.exec(String(value).trim())
  return m ? `${m[1]}T${m[2]}${m[3] || ':00'}${SHANGHAI_OFFSET}` : null
}

const epoch = (pickerText) => {
  const d = toDate(instantFromPicker(pickerText))
  return d ? d.getTime() : null
}

/** The first instant after a calendar day ("24:00" of it) in Beijing. */
export function endOfDay(localDate) {
  const d = toDate(`${localDate}T00:00:00${SHANGHAI_OFFSET}`)
  return d ? d.getTime() + 86_400_000 : null
}

export function startOfDay(localDate) {
  const d = toDate(`${localDate}T00:00:00${SHANGHAI_OFFSET}`)
  return d ? d.getTime() : null
}

/** The notice's exemption categories, which the service also uses when a draft names none. */
export const NOTICE_EXEMPTIONS = ['国培送教', '校园长培训', '三学活动', '新教材培训', '新教师培训', '已满周期学时']

/** The programme form: an existing programme, or a new one with the notice's figures pre-filled. */
export function programmeForm(view) {
  if (!view) {
    return {
      name: '',
      periodStart: '',
      periodEnd: '',
      enrollmentCutoff: '',
      onlinePoints: 60,
      schoolPoints: 40,
      totalPoints: 100,
      passMark: 60,
      creditedHours: 36,
      cycleHoursTarget: 360,
      schoolPlanDeadline: '',
      schoolScoringDeadline: '',
      exemptionCategories: [...NOTICE_EXEMPTIONS],
    }
  }
  return {
    name: view.name,
    periodStart: view.periodStart,
    periodEnd: view.periodEnd,
    enrollmentCutoff: pickerValue(view.enrollmentCutoff),
    onlinePoints: view.onlinePoints,
    schoolPoints: view.schoolPoints,
    totalPoints: view.totalPoints,
    passMark: view.passMark,
    creditedHours: view.creditedHours,
    cycleHoursTarget: view.cycleHoursTarget,
    schoolPlanDeadline: pickerValue(view.schoolPlanDeadline),
    schoolScoringDeadline: pickerValue(view.schoolScoringDeadline),
    exemptionCategories: [...(view.exemptionCategories || [])],
  }
}

/** The body of POST/PUT /api/plan/programmes (and of a revision's `programme`). */
export function programmeRequest(form) {
  return {
    name: form.name.trim(),
    periodStart: form.periodStart,
    periodEnd: form.periodEnd,
    timeZone: 'Asia/Shanghai',
    enrollmentCutoff: instantFromPicker(form.enrollmentCutoff),
    onlinePoints: form.onlinePoints,
    schoolPoints: form.schoolPoints,
    totalPoints: form.totalPoints,
    passMark: form.passMark,
    creditedHours: form.creditedHours,
    cycleHoursTarget: form.cycleHoursTarget,
    schoolPlanDeadline: instantFromPicker(form.schoolPlanDeadline),
    schoolScoringDeadline: instantFromPicker(form.schoolScoringDeadline),
    exemptionCategories: form.exemptionCategories.map((c) => c.trim()),
  }
}

/** The programme rules of plan-service (ProgrammeSettings), field by field, in its words. */
export function programmeProblems(form) {
  const p = {}
  const name = (form.name || '').trim()
  if (!name) p.name = '项目名称不能为空'
  else if (name.length > 100) p.name = '项目名称不能超过 100 个字'
  if (!form.periodStart) p.periodStart = '请填写研修开始日期'
  if (!form.periodEnd) p.periodEnd = '请填写研修结束日期'
  else if (form.periodStart && form.periodEnd < form.periodStart) p.periodEnd = '研修结束日期不能早于开始日期'
  const cutoff = epoch(form.enrollmentCutoff)
  const opens = form.periodStart ? startOfDay(form.periodStart) : null
  const closes = form.periodEnd ? endOfDay(form.periodEnd) : null
  if (cutoff === null) p.enrollmentCutoff = '请填写报名截止时间'
  else if (opens !== null && closes !== null && (cutoff < opens || cutoff > closes)) {
    p.enrollmentCutoff = '报名截止时间必须在研修周期之内'
  }
  const points = ['onlinePoints', 'schoolPoints', 'totalPoints', 'passMark', 'creditedHours', 'cycleHoursTarget']
  for (const f of points) {
    if (!Number.isInteger(form[f]) || form[f] < 0) p[f] = '请填写不小于 0 的整数'
  }
  if (!p.totalPoints && !p.onlinePoints && !p.schoolPoints && form.onlinePoints + form.schoolPoints !== form.totalPoints) {
    p.totalPoints = `网络研修分值（${form.onlinePoints}）与校本研修分值（${form.schoolPoints}）之和必须等于总分（${form.totalPoints}）`
  }
  if (!p.passMark && (form.passMark <= 0 || form.passMark > form.totalPoints)) p.passMark = '合格分数必须大于 0 且不超过总分'
  if (!p.creditedHours && form.creditedHours <= 0) p.creditedHours = '合格后认定的学时必须大于 0'
  if (!p.cycleHoursTarget && form.cycleHoursTarget < form.creditedHours) p.cycleHoursTarget = '周期学时目标不能小于本项目认定学时'
  const plan = epoch(form.schoolPlanDeadline)
  const scoring = epoch(form.schoolScoringDeadline)
  if (plan === null) p.schoolPlanDeadline = '请填写学校提交计划和名册的截止时间'
  else if (cutoff !== null && plan < cutoff) p.schoolPlanDeadline = '学校提交计划和名册的截止时间不能早于报名截止时间'
  if (scoring === null) p.schoolScoringDeadline = '请填写学校上报校本研修成绩的截止时间'
  else if (plan !== null && scoring <= plan) p.schoolScoringDeadline = '成绩上报截止时间必须晚于计划和名册的截止时间'
  else if (closes !== null && scoring > closes) p.schoolScoringDeadline = '成绩上报截止时间不能晚于研修结束日期 24:00'
  const categories = (form.exemptionCategories || []).map((c) => (c || '').trim())
  if (categories.some((c) => !c || c.length > 20)) p.exemptionCategories = '免修类别不能为空，且每项不超过 20 个字'
  else if (new Set(categories).size !== categories.length) p.exemptionCategories = '免修类别不能重复'
  return p
}

/** The names plan-service gives the settings in a revision's changes. */
export const SETTING_NAMES = {
  name: '项目名称',
  periodStart: '研修开始日期',
  periodEnd: '研修结束日期',
  zone: '时区',
  enrollmentCutoff: '报名截止时间',
  onlinePoints: '网络研修分值',
  schoolPoints: '校本研修分值',
  totalPoints: '总分',
  passMark: '合格分数',
  creditedHours: '合格认定学时',
  cycleHoursTarget: '周期学时目标',
  schoolPlanDeadline: '计划和名册截止时间',
  schoolScoringDeadline: '校本成绩上报截止时间',
  exemptionCategories: '免修类别',
}

/**
 * Element Plus rules for `fields`, each asking `problems()` (one of the *Problems functions above, over the whole
 * form) for its own message, so cross-field rules (deadlines in order) are judged with the other fields' values.
 */
export function rulesOf(fields, problems, trigger = 'change') {
  const rules = {}
  for (const field of fields) {
    rules[field] = [
      {
        trigger,
        validator: (rule, value, callback) => {
          const message = problems()[field]
          if (message) callback(new Error(message))
          else callback()
        },
      },
    ]
  }
  return rules
}

/** A value of a revision's change as the service wrote it; instants ("2019-12-08T16:00:00Z") in Beijing time. */
export function changeText(value) {
  if (value === null || value === undefined || value === '') return '（空）'
  const s = String(value)
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/.test(s)) return `${formatDeadline(s)}（北京时间）`
  return s
}
