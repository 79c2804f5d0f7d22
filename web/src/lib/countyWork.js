// The county admin's module, material, extension and status rules, mirrored from assignment-, plan- and
// scoring-service so that bad input is caught in the form; the services check again and their detail is shown.
import { endOfDay, instantFromPicker, startOfDay } from './county.js'
import { toDate } from './time.js'

const epoch = (pickerText) => {
  const d = toDate(instantFromPicker(pickerText))
  return d ? d.getTime() : null
}

/** ModuleDraft's rules: title ≤ 50, prompt ≤ 2000, 1..100 points, opens before due, inside the programme period. */
export function moduleProblems(form, programme) {
  const p = {}
  const title = (form.title || '').trim()
  if (!title) p.title = '板块名称不能为空'
  else if (title.length > 50) p.title = '板块名称不能超过 50 个字'
  if ((form.prompt || '').length > 2000) p.prompt = '作业要求不能超过 2000 个字'
  if (!Number.isInteger(form.maxPoints) || form.maxPoints < 1 || form.maxPoints > 100) p.maxPoints = '板块分值必须在 1 到 100 之间'
  const opens = epoch(form.opensAt)
  const due = epoch(form.dueAt)
  if (opens === null) p.opensAt = '请填写板块开放时间'
  else if (programme && opens < startOfDay(programme.periodStart)) p.opensAt = '板块开放时间不能早于研修项目开始日期'
  if (due === null) p.dueAt = '请填写作业截止时间'
  else if (opens !== null && due <= opens) p.dueAt = '作业截止时间必须晚于板块开放时间'
  else if (programme && due > endOfDay(programme.periodEnd)) p.dueAt = '作业截止时间不能晚于研修项目结束日期 24:00'
  return p
}

/** The essay kinds of the notice; the kind is written into the prompt (the module record has no field for it). */
export const ESSAY_KINDS = ['教师自我发展规划', '演讲稿', '心得体会', '教学反思', '读书笔记']

/** The prompt as stored: "【演讲稿】…" when a kind is chosen, so teachers see what kind of essay is asked for. */
export function promptWithKind(kind, prompt) {
  const text = (prompt || '').trim()
  return kind ? `【${kind}】${text}` : text
}

/** Splits a stored prompt back into its kind and text. */
export function kindOfPrompt(prompt) {
  const m = /^【([^】]{1,20})】([\s\S]*)$/.exec(prompt || '')
  return m ? { kind: m[1], prompt: m[2] } : { kind: '', prompt: prompt || '' }
}

/**
 * A video's length as typed: "93分24秒", "93:24" (minutes:seconds), "1:33:24", "1小时33分24秒", or whole minutes
 * ("55"). Seconds, or null when it cannot be read or is outside 1 s .. 24 h (the service's limit).
 */
export function parseDuration(text) {
  const s = String(text || '').trim()
  let seconds = null
  let m
  if ((m = /^(\d+)$/.exec(s))) seconds = Number(m[1]) * 60
  else if ((m = /^(\d+):([0-5]?\d)$/.exec(s))) seconds = Number(m[1]) * 60 + Number(m[2])
  else if ((m = /^(\d+):([0-5]?\d):([0-5]?\d)$/.exec(s))) seconds = Number(m[1]) * 3600 + Number(m[2]) * 60 + Number(m[3])
  else if ((m = /^(?:(\d+)\s*(?:小时|时))?\s*(?:(\d+)\s*分(?:钟)?)?\s*(?:(\d+)\s*秒)?$/.exec(s)) && (m[1] || m[2] || m[3])) {
    seconds = Number(m[1] || 0) * 3600 + Number(m[2] || 0) * 60 + Number(m[3] || 0)
  }
  return seconds !== null && seconds >= 1 && seconds <= 86_400 ? seconds : null
}

export const MATERIAL_MAX_BYTES = 50 * 1024 * 1024
const MATERIAL_TYPES = ['pdf', 'docx', 'pptx', 'xlsx', 'txt']
const OLD_OFFICE = { doc: '.docx', ppt: '.pptx', xls: '.xlsx' }

/** A course document before upload: type by name (the service decides by content) and at most 50 MB. */
export function checkMaterialFile(file) {
  if (!file) return '请选择文件'
  const ext = (/\.([^.]+)$/.exec(file.name || '') || [])[1]?.toLowerCase() || ''
  if (OLD_OFFICE[ext]) return `不支持旧版 .${ext} 文件，请另存为 ${OLD_OFFICE[ext]} 后上传`
  if (!MATERIAL_TYPES.includes(ext)) return '课程资料只能是 PDF、Word（.docx）、PowerPoint（.pptx）、Excel（.xlsx）或文本（.txt）文件'
  if (file.size === 0) return '文件是空的'
  if (file.size > MATERIAL_MAX_BYTES) return '课程资料不能超过 50 MB'
  return null
}

/** A video address: http(s) with a host, as MaterialDesk requires. */
export function checkVideoUrl(url) {
  const s = (url || '').trim()
  if (!s) return '请填写视频地址'
  if (s.length > 2000) return '视频地址不能超过 2000 个字符'
  try {
    const u = new URL(s)
    if ((u.protocol === 'http:' || u.protocol === 'https:') && u.hostname) return null
  } catch {
    // falls through
  }
  return '视频地址必须是以 http:// 或 https:// 开头的完整网址'
}

/** ExtensionDesk's rules: after the module's cutoff and after now, a reason of at most 500 characters. */
export function extensionProblems(form, module, now) {
  const p = {}
  if (!form.teacherId) p.teacherId = '请选择教师'
  const until = epoch(form.until)
  if (until === null) p.until = '请填写延期截止时间'
  else if (module && until <= Date.parse(module.dueAt)) p.until = '延期截止时间必须晚于本板块的截止时间'
  else if (until <= now) p.until = '延期截止时间必须晚于当前时间'
  const reason = (form.reason || '').trim()
  if (!reason) p.reason = '请填写延期原因'
  else if (reason.length > 500) p.reason = '延期原因不能超过 500 个字'
  return p
}

/** A reason the services require (reinstatement, revision, forced finalization): not blank, at most `max`. */
export function reasonProblem(text, max = 500, what = '理由') {
  const s = (text || '').trim()
  if (!s) return `请填写${what}`
  if ([...s].length > max) return `${what}不能超过 ${max} 个字`
  return null
}

export const PROGRAMME_STATUS = { DRAFT: { label: '草稿', type: 'info' }, PUBLISHED: { label: '已发布', type: 'success' } }

export const PLAN_STATUS = {
  DRAFT: { label: '草稿', type: 'info' },
  SUBMITTED: { label: '待审核', type: 'warning' },
  RETURNED: { label: '已退回', type: 'danger' },
  APPROVED: { label: '已通过', type: 'success' },
}

export const PLAN_STEP = { SUBMITTED: '学校提交', RETURNED: '县里退回', APPROVED: '县里审核通过' }

export const SHEET_STATUS = {
  NOT_STARTED: { label: '未开始评分', type: 'info' },
  IN_PROGRESS: { label: '评分中', type: 'warning' },
  REPORTED: { label: '已上报', type: 'success' },
  OVERDUE: { label: '逾期未上报', type: 'danger' },
  CANCELLED: { label: '校本研修已取消', type: 'danger' },
}

export const CORRECTION_STATUS = {
  PENDING: { label: '待审批', type: 'warning' },
  APPROVED: { label: '已批准', type: 'success' },
  REJECTED: { label: '已驳回', type: 'danger' },
}

export const RULE_KINDS = {
  TIERS: '固定档次',
  LEVELS: '等级评定',
  DEDUCTION: '缺一次扣分',
  SEVERITY_DEDUCTION: '按情节扣分',
  ADDITION: '按次加分（有上限）',
  ATTENDANCE: '按出勤率',
  MANUAL: '直接打分',
}

/**
 * Exports of the county results (scoring-service ExportController, branch scoring-export): .xlsx workbooks answered
 * with a Chinese file name in Content-Disposition. Results are provisional until the programme is finalized.
 */
const exportBase = (countyId, programmeId) =>
  `/api/scoring/exports/counties/${encodeURIComponent(countyId)}/programmes/${encodeURIComponent(programmeId)}`
export const EXPORTS = {
  results: (countyId, programmeId) => `${exportBase(countyId, programmeId)}/results`,
  hours: (countyId, programmeId) => `${exportBase(countyId, programmeId)}/hours`,
}

/** The file name of a Content-Disposition header (RFC 6266: filename* first, then filename), or null. */
export function filenameOf(disposition) {
  if (!disposition) return null
  const star = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)
  if (star) {
    try {
      return decodeURIComponent(star[1].trim())
    } catch {
      // falls back to the plain name
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(disposition)
  return plain ? plain[1].trim() : null
}

/** A school's id → its name, from identity's list; the id itself when the name is not known. */
export function schoolName(schools, id) {
  const s = (schools || []).find((x) => x.id === id)
  return s ? s.name : id || '—'
}

const num = (v) => (v === null || v === undefined ? null : Number(v))
const optionText = (options) => (options || []).map((o) => `${o.name} ${num(o.points)}`).join(' / ')

/** The most points a rubric item can give, as the rule declares it (for the reviewer's total check). */
export function itemMax(rule) {
  if (!rule) return 0
  if (rule.kind === 'TIERS' || rule.kind === 'LEVELS') return Math.max(0, ...(rule.options || []).map((o) => num(o.points)))
  if (rule.kind === 'ADDITION') return num(rule.cap) ?? num(rule.max) ?? 0
  return num(rule.max) ?? 0
}

/** A rubric rule in a sentence, for the county's review. */
export function ruleText(rule) {
  if (!rule) return '—'
  const kind = RULE_KINDS[rule.kind] || rule.kind
  switch (rule.kind) {
    case 'TIERS':
    case 'LEVELS':
    case 'SEVERITY_DEDUCTION':
      return `${kind}：${optionText(rule.options)}${rule.kind === 'SEVERITY_DEDUCTION' ? `（满分 ${num(rule.max)}）` : ''}`
    case 'DEDUCTION':
      return `${kind}：满分 ${num(rule.max)}，每缺一次扣 ${num(rule.perOccurrence)}${rule.deductionCap != null ? `，最多扣 ${num(rule.deductionCap)}` : ''}`
    case 'ADDITION':
      return `${kind}：${rule.options && rule.options.length ? optionText(rule.options) : `每次 ${num(rule.perOccurrence)}`}，上限 ${num(rule.cap)}`
    default:
      return `${kind}：满分 ${num(rule.max)}`
  }
}
