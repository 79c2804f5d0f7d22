// The score sheet grid: which input each rubric column takes, what a typed cell may hold, the entry it becomes on
// the wire (docs/school-scoring.md: {"choice"}, {"count"}, {"counts"}, {"points"}), and an exact preview of the
// item score and the totals in tenths, the library's way (scaling rounded once, HALF_UP).
import { pointsProblem, scaleTenths, tenthsPlain, toTenths } from './schoolDecimal.js'

/** Counts above this are surely typing mistakes (a term has a few dozen activities at most). */
export const MAX_COUNT = 999

/** The control a column gets: a select, whole numbers (one or one per option), a score, or nothing (computed). */
export function cellControl(column) {
  switch (column.input) {
    case 'CHOICE':
      return 'select'
    case 'COUNT':
      return 'count'
    case 'COUNTS':
      return 'counts'
    case 'POINTS':
      return 'points'
    default:
      return 'computed'
  }
}

/** What the UI binds for a cell, from the stored entry: text for numbers, so nothing is rounded while typing. */
export function draftFromEntry(column, entry) {
  switch (cellControl(column)) {
    case 'select':
      return entry && entry.choice != null ? entry.choice : ''
    case 'count':
      return entry && entry.count != null ? String(entry.count) : ''
    case 'counts': {
      const draft = {}
      for (const o of column.options || []) {
        // a stored entry means "scored": names it leaves out happened 0 times
        const n = entry && entry.counts ? entry.counts[o.name] : undefined
        draft[o.name] = entry ? String(n ?? 0) : ''
      }
      return draft
    }
    case 'points':
      return entry && entry.points != null ? String(entry.points) : ''
    default:
      return null
  }
}

/** Why a whole-number count cannot be used; null when it can (blank is "not entered", checked elsewhere). */
export function countProblem(value) {
  const text = String(value ?? '').trim()
  if (text === '') return null
  if (!/^\d+$/.test(text)) return '次数须为不小于0的整数'
  if (Number(text) > MAX_COUNT) return `次数不能超过${MAX_COUNT}`
  return null
}

/** Why a typed cell cannot be sent, in Chinese; null when it is fine or blank. */
export function cellProblem(column, draft) {
  switch (cellControl(column)) {
    case 'select':
      if (draft === '' || draft == null) return null
      return (column.options || []).some((o) => o.name === draft) ? null : `没有名为“${draft}”的选项`
    case 'count':
      return countProblem(draft)
    case 'counts':
      for (const o of column.options || []) {
        const problem = countProblem(draft[o.name])
        if (problem) return `${o.name}：${problem}`
      }
      return null
    case 'points': {
      const text = String(draft ?? '').trim()
      if (text === '') return null
      const problem = pointsProblem(text)
      if (problem) return problem.replace('分值', '分数')
      const max = toTenths(column.max)
      if (max !== null && toTenths(text) > max) return `分数不能超过满分${tenthsPlain(max)}分`
      return null
    }
    default:
      return null
  }
}

/** Whether nothing was typed in the cell (the item then stays unscored, or is cleared). */
export function isBlank(column, draft) {
  if (cellControl(column) === 'counts') return Object.values(draft || {}).every((v) => String(v ?? '').trim() === '')
  return String(draft ?? '').trim() === ''
}

/** The entry a valid draft becomes; null clears the item. Blank counts of a partly filled item are 0. */
export function entryFromDraft(column, draft) {
  if (cellControl(column) === 'computed' || isBlank(column, draft)) return null
  switch (cellControl(column)) {
    case 'select':
      return { choice: draft }
    case 'count':
      return { count: Number(String(draft).trim()) }
    case 'counts': {
      const counts = {}
      for (const o of column.options || []) {
        const text = String(draft[o.name] ?? '').trim()
        if (text !== '' && Number(text) > 0) counts[o.name] = Number(text)
      }
      return { counts }
    }
    default:
      return { points: Number(String(draft).trim()) }
  }
}

/** Two entries mean the same (a count 0 is the same as a name left out). */
export function sameEntry(a, b) {
  return JSON.stringify(normal(a)) === JSON.stringify(normal(b))
}

function normal(entry) {
  if (!entry) return null
  const out = {}
  if (entry.choice != null) out.choice = entry.choice
  if (entry.count != null) out.count = Number(entry.count)
  if (entry.points != null) out.points = toTenths(entry.points)
  if (entry.counts) {
    out.counts = Object.fromEntries(
      Object.entries(entry.counts)
        .filter(([, n]) => Number(n) > 0)
        .map(([k, n]) => [k, Number(n)])
        .sort(([x], [y]) => (x < y ? -1 : 1)),
    )
  }
  return out
}

/**
 * The item's score in tenths for a valid, non-blank draft, as the rubric library scores it; null when blank or not
 * valid. Attendance items are never computed here: the server counts the attendance records.
 */
export function previewTenths(column, draft) {
  if (cellControl(column) === 'computed' || isBlank(column, draft) || cellProblem(column, draft)) return null
  const max = toTenths(column.max) ?? 0
  const optionTenths = (name) => toTenths((column.options || []).find((o) => o.name === name)?.points) ?? 0
  switch (cellControl(column)) {
    case 'select':
      return optionTenths(draft)
    case 'count': {
      let deduction = Number(draft) * (toTenths(column.perOccurrence) ?? 0)
      const cap = toTenths(column.deductionCap)
      if (cap !== null) deduction = Math.min(deduction, cap)
      return Math.max(0, max - deduction)
    }
    case 'counts': {
      let sum = 0
      for (const o of column.options || []) sum += Number(String(draft[o.name] ?? '').trim() || 0) * optionTenths(o.name)
      return column.kind === 'ADDITION' ? Math.min(sum, max) : Math.max(0, max - sum)
    }
    default:
      return toTenths(draft)
  }
}

/**
 * A row's totals from its drafts: raw (on the rubric's declared total) and scaled to the school part, both in
 * tenths, or null while an item has no score. `computed` gives the server's score of attendance items (itemId → value).
 */
export function rowTotals(columns, drafts, computed, declaredTotal, schoolPoints) {
  let raw = 0
  for (const column of columns) {
    const tenths = cellControl(column) === 'computed' ? toTenths(computed[column.itemId]) : previewTenths(column, drafts[column.itemId])
    if (tenths === null || tenths === undefined) return { rawTenths: null, scaledTenths: null }
    raw += tenths
  }
  const declared = toTenths(declaredTotal)
  const points = toTenths(schoolPoints)
  const scaled = declared === points ? raw : scaleTenths(raw, points, declared)
  return { rawTenths: raw, scaledTenths: scaled }
}

/**
 * The rows to send after editing: only teachers whose entries changed, each with only the changed items (null clears).
 * Returns { rows, problems } where problems lists every cell that cannot be sent (nothing is sent then).
 */
export function changedRows(columns, serverRows, drafts) {
  const rows = []
  const problems = []
  for (const row of serverRows) {
    const inputs = {}
    for (const column of columns) {
      if (cellControl(column) === 'computed') continue
      const draft = drafts[row.teacherKey]?.[column.itemId]
      const problem = cellProblem(column, draft)
      if (problem) {
        problems.push({ teacherKey: row.teacherKey, itemId: column.itemId, message: `${row.name}“${column.title}”：${problem}` })
        continue
      }
      const entry = entryFromDraft(column, draft)
      if (!sameEntry(entry, row.inputs ? row.inputs[column.itemId] : null)) inputs[column.itemId] = entry
    }
    if (Object.keys(inputs).length) rows.push({ teacherKey: row.teacherKey, inputs })
  }
  return { rows, problems: problems }
}

/**
 * The cell a refused request's field names: "rows[3].inputs.notes" of a request → {teacherKey, itemId}; "rows[3]"
 * alone → the row. `sent` is the rows array that was sent.
 */
export function cellOfField(field, sent) {
  const m = /^rows\[(\d+)\](?:\.inputs\.(.+))?$/.exec(field || '')
  if (!m || !sent[Number(m[1])]) return null
  return { teacherKey: sent[Number(m[1])].teacherKey, itemId: m[2] || null }
}

/** The column title as the workbook writes it: "笔记（10分，每次扣1分）". */
export function columnHint(column) {
  const max = tenthsPlain(toTenths(column.max))
  switch (column.kind) {
    case 'DEDUCTION':
      return `满分${max}分，每次扣${tenthsPlain(toTenths(column.perOccurrence))}分${column.deductionCap != null ? `，最多扣${tenthsPlain(toTenths(column.deductionCap))}分` : ''}；填次数`
    case 'SEVERITY_DEDUCTION':
      return `满分${max}分，${(column.options || []).map((o) => `${o.name}扣${tenthsPlain(toTenths(o.points))}分`).join('、')}；填各情节次数`
    case 'ADDITION':
      return `${(column.options || []).map((o) => `${o.name}加${tenthsPlain(toTenths(o.points))}分`).join('、')}，上限${max}分；填次数`
    case 'ATTENDANCE':
      return `满分${max}分，按出勤记录自动计算`
    case 'MANUAL':
      return `0～${max}分，最多一位小数`
    default:
      return (column.options || []).map((o) => `${o.name}${tenthsPlain(toTenths(o.points))}分`).join(' / ')
  }
}
