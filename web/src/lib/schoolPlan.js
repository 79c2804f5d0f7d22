// The school plan form: its vocabulary (activity forms, participants), the empty rows it starts with, the plan API's
// JSON, and plan-service's submission rules (PlanRules) checked in the form with the same paths and sentences.
import { fromSpec, problemsByPath, toSpec, validateRubric } from './schoolRubric.js'

/** ActivityForm labels of plan-service: anything else is refused. */
export const ACTIVITY_FORMS = ['专题讲座', '集体备课', '听课评课', '技能训练', '读书汇报', '公开课', '教学比武', '课题研究', '网络研修', '其他']

/** Usual participants in real plans (seeds 000, 003); the field is free text. */
export const PARTICIPANTS = ['全体教师', '班主任', '骨干教师', '青年教师', '新教师', '各教研组']

export const MIN_ACTIVITIES = 2
export const MIN_ASSIGNMENTS = 2
export const MAX_TEXT = 500

export function emptyActivity() {
  return {
    startDate: '',
    endDate: '',
    content: '',
    forms: [],
    practice: true,
    presenter: '',
    participants: '全体教师',
    location: '',
    department: '',
    responsiblePerson: '',
  }
}

export function emptyAssignment() {
  return { title: '', requirement: '', dueDate: '' }
}

/** The form's model of a plan from the API (null: a new plan with the minimum rows to fill in). */
export function planModel(content) {
  if (!content) {
    return {
      objectives: '',
      activities: [emptyActivity(), emptyActivity()],
      assignments: [emptyAssignment(), emptyAssignment()],
      rubric: fromSpec(null),
    }
  }
  return {
    objectives: content.objectives || '',
    activities: (content.activities || []).map((a) => ({ ...emptyActivity(), ...nullsToBlank(a), forms: a.forms || [], practice: !!a.practice })),
    assignments: (content.assignments || []).map((a) => ({ ...emptyAssignment(), ...nullsToBlank(a) })),
    rubric: fromSpec(content.rubric),
  }
}

function nullsToBlank(o) {
  return Object.fromEntries(Object.entries(o).map(([k, v]) => [k, v === null || v === undefined ? '' : v]))
}

const orNull = (v) => (typeof v === 'string' && v.trim() === '' ? null : typeof v === 'string' ? v.trim() : v)

/** The plan as PUT …/school-plans/mine takes it. */
export function planContent(model) {
  return {
    objectives: orNull(model.objectives),
    activities: model.activities.map((a) => ({
      startDate: orNull(a.startDate),
      endDate: orNull(a.endDate),
      content: orNull(a.content),
      forms: a.forms,
      practice: !!a.practice,
      presenter: orNull(a.presenter),
      participants: orNull(a.participants),
      location: orNull(a.location),
      department: orNull(a.department),
      responsiblePerson: orNull(a.responsiblePerson),
    })),
    assignments: model.assignments.map((a) => ({ title: orNull(a.title), requirement: orNull(a.requirement), dueDate: orNull(a.dueDate) })),
    rubric: model.rubric.items.length || model.rubric.declaredTotal ? toSpec(model.rubric) : null,
  }
}

/** Every reason the plan cannot be submitted yet, as [{path, message}] (plan-service's PlanRules, same words). */
export function validatePlan(model, periodStart, periodEnd) {
  const out = []
  const add = (path, message) => out.push({ path, message })
  const outside = (d) => (periodStart && d < periodStart) || (periodEnd && d > periodEnd)
  const period = `研修周期（${periodStart} 至 ${periodEnd}）`
  if (!model.objectives.trim()) add('objectives', '请填写研修目标')
  if (model.activities.length < MIN_ACTIVITIES) {
    add('activities', `至少安排 ${MIN_ACTIVITIES} 项课程或活动（当前 ${model.activities.length} 项）`)
  }
  model.activities.forEach((a, i) => {
    const at = `activities[${i}]`
    if (!a.content.trim()) add(`${at}.content`, '请填写活动内容')
    else if (a.content.length > MAX_TEXT) add(`${at}.content`, `活动内容不能超过 ${MAX_TEXT} 字`)
    if (!a.forms.length) add(`${at}.forms`, '请至少选择一种活动形式')
    if (!a.startDate) {
      add(`${at}.startDate`, '请填写活动日期')
      return
    }
    const last = a.endDate || a.startDate
    if (last < a.startDate) add(`${at}.endDate`, '活动结束日期不能早于开始日期')
    if (outside(a.startDate) || outside(last)) add(`${at}.startDate`, `活动日期必须在${period}之内`)
  })
  if (model.assignments.length < MIN_ASSIGNMENTS) {
    add('assignments', `至少布置 ${MIN_ASSIGNMENTS} 项研修作业（当前 ${model.assignments.length} 项）`)
  }
  model.assignments.forEach((a, i) => {
    const at = `assignments[${i}]`
    if (!a.title.trim()) add(`${at}.title`, '请填写作业名称')
    if (!a.dueDate) add(`${at}.dueDate`, '请填写作业截止日期')
    else if (outside(a.dueDate)) add(`${at}.dueDate`, `作业截止日期必须在${period}之内`)
  })
  if (!model.rubric.items.length && !String(model.rubric.declaredTotal).trim()) add('rubric', '请填写考核细则')
  else out.push(...validateRubric(model.rubric))
  return out
}

/** Client and server problems by path, each message once (both usually say the same). */
export function mergeProblems(...lists) {
  const out = {}
  for (const list of lists) {
    for (const [path, text] of Object.entries(problemsByPath(list))) {
      const have = out[path] ? out[path].split('；') : []
      for (const m of text.split('；')) if (!have.includes(m)) have.push(m)
      out[path] = have.join('；')
    }
  }
  return out
}

/** "activities[1].content" → "第2项活动·活动内容", for the list of problems above the form. */
export function pathLabel(path) {
  const names = {
    objectives: '研修目标', content: '活动内容', forms: '活动形式', startDate: '活动日期', endDate: '结束日期', title: '名称',
    dueDate: '截止日期', declaredTotal: '细则总分', id: '项目编号', rule: '计分方式', kind: '计分方式', max: '满分',
    perOccurrence: '每次扣分', deductionCap: '扣分上限', cap: '加分上限', options: '选项', name: '选项名称', points: '分值',
    activities: '活动安排', assignments: '研修作业', rubric: '考核细则', items: '考核项目',
  }
  const parts = []
  // "rubric.items[2]…" reads "考核细则第3项…", not "考核细则 · 考核细则第3项"
  const segments = path.split('.')
  if (segments[0] === 'rubric' && segments.length > 1) segments.shift()
  for (const seg of segments) {
    const m = /^(\w+)(?:\[(\d+)\])?$/.exec(seg)
    if (!m) continue
    const [, key, index] = m
    if (index === undefined) {
      if (key !== 'rule') parts.push(names[key] || key)
      continue
    }
    const n = Number(index) + 1
    if (key === 'activities') parts.push(`第${n}项活动`)
    else if (key === 'assignments') parts.push(`第${n}项作业`)
    else if (key === 'items') parts.push(`考核细则第${n}项`)
    else parts.push(`第${n}个选项`)
  }
  return parts.join(' · ')
}
