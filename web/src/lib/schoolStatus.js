// Where a school stands in a programme: its plan, roster and score sheet against the programme's two deadlines
// (plan + roster, 逾期按取消校本研修处理; school scores), as the school admin's overview shows them.
import { toDate } from './time.js'

export const PLAN_STATUS = {
  NONE: { label: '未填写', type: 'info' },
  DRAFT: { label: '草稿', type: 'info' },
  SUBMITTED: { label: '待审核', type: 'warning' },
  RETURNED: { label: '已退回', type: 'danger' },
  APPROVED: { label: '已通过', type: 'success' },
}

export const SHEET_STATUS = {
  NOT_STARTED: { label: '未开始', type: 'info' },
  IN_PROGRESS: { label: '评分中', type: 'warning' },
  REPORTED: { label: '已上报（已锁定）', type: 'success' },
  OVERDUE: { label: '逾期未上报', type: 'danger' },
  CANCELLED: { label: '已取消', type: 'danger' },
}

export const CORRECTION_STATUS = {
  PENDING: { label: '待县审核', type: 'warning' },
  APPROVED: { label: '已批准', type: 'success' },
  REJECTED: { label: '已驳回', type: 'danger' },
}

export const REVIEW_ACTIONS = { SUBMITTED: '学校提交', RETURNED: '县（区）退回修改', APPROVED: '县（区）审核通过' }

/** Programmes a school works on: only published ones (plans and rosters are refused for drafts). */
export function schoolProgrammes(programmes) {
  return (programmes || []).filter((p) => p.status === 'PUBLISHED')
}

/**
 * The deadlines of the programme for this school, each with what is due, whether it is done, and its state at `now`:
 * done, open (counting down), late (passed, not done) or cancelled.
 *
 * @param s { programme, plan (null: none yet), roster (null: none), sheet (null: not readable yet) }
 */
export function deadlineRows({ programme, plan, roster, sheet }, now) {
  const t = now instanceof Date ? now.getTime() : now
  const cancelled = sheet && sheet.status === 'CANCELLED'
  const planDone = !!plan && ['SUBMITTED', 'APPROVED', 'RETURNED'].includes(plan.status)
  const rosterDone = !!roster
  const planCutoff = toDate(programme.schoolPlanDeadline)
  const scoringCutoff = toDate(programme.schoolScoringDeadline)
  const state = (done, cutoff) => {
    if (cancelled) return 'cancelled'
    if (done) return 'done'
    return cutoff && t >= cutoff.getTime() ? 'late' : 'open'
  }
  const reported = !!sheet && sheet.status === 'REPORTED'
  return [
    {
      key: 'plan',
      title: '校本研修计划提交',
      cutoff: programme.schoolPlanDeadline,
      state: state(planDone, planCutoff),
      status: PLAN_STATUS[plan ? plan.status : 'NONE'],
      note: '逾期不提交按取消校本研修处理',
    },
    {
      key: 'roster',
      title: '学员信息表上传',
      cutoff: programme.schoolPlanDeadline,
      state: state(rosterDone, planCutoff),
      status: rosterDone ? { label: `已导入 ${roster.teachers} 名教师`, type: 'success' } : { label: '未上传', type: 'info' },
      note: '与计划同一截止时间',
    },
    {
      key: 'scoring',
      title: '校本研修成绩上报',
      cutoff: programme.schoolScoringDeadline,
      state: cancelled ? 'cancelled' : reported ? 'done' : scoringCutoff && t >= scoringCutoff.getTime() ? 'late' : 'open',
      status: sheet ? SHEET_STATUS[sheet.status] : { label: '计划通过审核后开始', type: 'info' },
      note: '上报后成绩表锁定，修改须经县（区）审核',
    },
  ]
}

/** The next thing the school should do, as one sentence for the overview; null when nothing is left. */
export function nextStep({ plan, roster, sheet }) {
  if (sheet && sheet.status === 'CANCELLED') return null
  if (!plan) return '填写并提交校本研修计划（至少两项活动、两项研修作业和考核细则）'
  if (plan.status === 'DRAFT') return '校本研修计划尚未提交：检查无误后提交县（区）审核'
  if (plan.status === 'RETURNED') return '计划被退回：按审核意见修改后重新提交'
  if (!roster) return '上传本校学员信息表（.xlsx / .xls / .csv）'
  if (plan.status === 'SUBMITTED') return '计划正在县（区）审核，通过后即可记录出勤和评分'
  if (sheet && sheet.status !== 'REPORTED') return '记录各项活动出勤，按考核细则评分，完成后上报成绩'
  return null
}
