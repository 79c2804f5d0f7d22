// The official's dashboard: which counties a caller may watch, and the figures and chart series read from
// scoring-service's dashboard answers (GET /api/scoring/dashboards/counties/{county}…). No figure is computed here
// that the server already gives; only sums over the schools of one answer and the shapes ECharts wants.
import { shanghaiParts } from './time.js'

/** Grading bands as the grader gives them, then the missing/late essays (0 points, not a band). */
export const BANDS = ['优秀', '良好', '一般', '缺交']
const BAND_COLOURS = { 优秀: '#2e7d32', 良好: '#1f6feb', 一般: '#e6a23c', 缺交: '#c0c4cc' }

export const RISK_NAMES = {
  PLAN_MISSING: '未交计划',
  ROSTER_MISSING: '未交名册',
  LOW_SUBMISSIONS: '提交率低',
  SHEET_NOT_REPORTED: '未报成绩',
  SCHOOL_CANCELLED: '已取消校本研修',
}

export const PLAN_STATUS = {
  NONE: '未提交',
  SUBMITTED: '待审核',
  RETURNED: '已退回',
  APPROVED: '已通过',
}

export const SHEET_STATUS = {
  NOT_STARTED: '未开始',
  IN_PROGRESS: '评分中',
  REPORTED: '已上报',
  OVERDUE: '逾期未报',
  CANCELLED: '已取消',
}

/**
 * The counties the caller may watch, from the token's claims: an official's granted counties, a county admin's own
 * county. The services decide; this only fills the picker.
 */
export function watchableCounties(caller) {
  if (!caller) return []
  const roles = new Set(caller.roles || [])
  const counties = []
  if (roles.has('OFFICIAL')) counties.push(...(caller.grantedCounties || []))
  if (roles.has('COUNTY_ADMIN') && caller.county) counties.push(caller.county)
  return [...new Set(counties.filter(Boolean))]
}

/** Picker options: the watchable ids with names where identity gave one ([{id, name}] from /api/identity/counties). */
export function countyOptions(ids, known = []) {
  const names = new Map((known || []).map((c) => [c.id, c.name]))
  return ids.map((id) => ({ id, name: names.get(id) || id }))
}

function sum(values) {
  return values.reduce((a, b) => a + (Number(b) || 0), 0)
}

/** Headline figures of one programme's county answer. */
export function headline(county, programmeId) {
  const modules = (county?.modules || []).filter((m) => !programmeId || m.programmeId === programmeId)
  const programme = (county?.programmes || []).find((p) => p.programmeId === programmeId) || null
  const results = programme?.results || null
  return {
    enrolled: programme ? programme.enrolled : sum((county?.schools || []).map((s) => s.enrolled)),
    exempt: programme ? programme.exempt : sum((county?.schools || []).map((s) => s.exempt)),
    submitted: sum(modules.map((m) => m.submitted)),
    onTime: sum(modules.map((m) => m.onTime)),
    graded: sum(modules.map((m) => m.graded)),
    passRate: results && results.passRate !== null && results.passRate !== undefined ? Number(results.passRate) : null,
    passed: results ? results.passed : 0,
    trainees: results ? results.trainees : 0,
    hoursCredited: results ? results.hoursCredited : 0,
    final: results ? results.status === 'FINAL' : false,
    atRisk: (county?.atRisk || []).length,
  }
}

/** "12.5%" for the server's exact percent (a decimal string or number), "—" when there is none. */
export function percentText(value) {
  if (value === null || value === undefined || value === '') return '—'
  const n = Number(value)
  return Number.isFinite(n) ? `${n.toFixed(1)}%` : '—'
}

/** Completion by school: per module, how many essays each school's teachers submitted (stacked bars). */
export function completionBySchool(county) {
  const schools = county?.schools || []
  const modules = county?.modules || []
  return {
    categories: schools.map((s) => s.schoolName || s.schoolId),
    series: modules.map((m) => ({
      name: m.title,
      data: schools.map((s) => (s.submittedByModule || {})[m.id] || 0),
    })),
    enrolled: schools.map((s) => s.enrolled),
  }
}

/** Completion by module: submitted, on time and graded against enrolled. */
export function completionByModule(county) {
  const modules = county?.modules || []
  return {
    categories: modules.map((m) => m.title),
    enrolled: modules.map((m) => m.enrolled),
    submitted: modules.map((m) => m.submitted),
    onTime: modules.map((m) => m.onTime),
    graded: modules.map((m) => m.graded),
  }
}

/** Score distribution: per module, the count in each band (the server's `distribution`). */
export function distribution(county) {
  const modules = county?.modules || []
  return {
    categories: modules.map((m) => m.title),
    series: BANDS.map((band) => ({
      name: band,
      colour: BAND_COLOURS[band],
      data: modules.map((m) => (m.distribution || {})[band] || 0),
    })),
  }
}

/** Hour labels in Beijing time ("12-15 18时") for the per-hour series, and the index of the cutoff's hour. */
export function perHour(moduleDetail) {
  const hours = moduleDetail?.submissionsPerHour || []
  const labels = hours.map((h) => {
    const p = shanghaiParts(h.hour)
    return p ? `${p.month}-${p.day} ${p.hour}时` : ''
  })
  return { labels, counts: hours.map((h) => h.submissions), total: sum(hours.map((h) => h.submissions)) }
}

/** The module to show per hour by default: the next cutoff still ahead, else the latest one passed. */
export function defaultModule(modules, now = Date.now()) {
  if (!modules || !modules.length) return null
  const ahead = modules.filter((m) => Date.parse(m.dueAt) > now).sort((a, b) => Date.parse(a.dueAt) - Date.parse(b.dueAt))
  if (ahead.length) return ahead[0].id
  return [...modules].sort((a, b) => Date.parse(b.dueAt) - Date.parse(a.dueAt))[0].id
}

/**
 * The programmes to pick from: those with figures (named), then those known only from their modules or from the
 * address (a programme no school has any figure for yet is still there to watch; the server lists only the others).
 */
export function programmeOptions(county, wanted) {
  const options = (county?.programmes || []).map((p) => ({ programmeId: p.programmeId, name: p.name || p.programmeId }))
  const known = new Set(options.map((p) => p.programmeId))
  const extra = [...(county?.modules || []).map((m) => m.programmeId), wanted].filter((id) => id && !known.has(id))
  for (const id of new Set(extra)) options.push({ programmeId: id, name: `研修项目 ${id.slice(0, 8)}（暂无数据）` })
  return options
}

/** The programme to show by default: the one asked for if it exists, else the last one listed (the newest). */
export function defaultProgramme(programmes, wanted) {
  if (!programmes || !programmes.length) return null
  if (wanted && programmes.some((p) => p.programmeId === wanted)) return wanted
  return programmes[programmes.length - 1].programmeId
}

/** Schools ordered for the table: those at risk first, then by name. */
export function schoolRows(county) {
  return [...(county?.schools || [])].sort((a, b) => {
    const risk = (b.risks || []).length - (a.risks || []).length
    if (risk !== 0) return risk
    return (a.schoolName || a.schoolId).localeCompare(b.schoolName || b.schoolId, 'zh-CN')
  })
}

/**
 * Polls `load` every `intervalMs` while the page is visible: stops when the tab is hidden, loads at once and resumes
 * when it is shown again. `doc` is the document (injected for tests). Returns { start, stop }.
 */
export function createPoller(load, intervalMs, doc = globalThis.document) {
  let timer = null
  let running = false
  let inFlight = false

  async function tick() {
    if (inFlight) return // a slow answer is never overtaken by the next request
    inFlight = true
    try {
      await load()
    } finally {
      inFlight = false
    }
  }
  function arm() {
    if (!timer) timer = setInterval(tick, intervalMs)
  }
  function disarm() {
    if (timer) clearInterval(timer)
    timer = null
  }
  function onVisibility() {
    if (!running) return
    if (doc.visibilityState === 'hidden') {
      disarm()
    } else {
      tick()
      arm()
    }
  }
  return {
    start() {
      if (running) return
      running = true
      doc.addEventListener('visibilitychange', onVisibility)
      if (doc.visibilityState !== 'hidden') arm()
    },
    stop() {
      running = false
      disarm()
      doc.removeEventListener('visibilitychange', onVisibility)
    },
    get active() {
      return timer !== null
    },
  }
}
