// Points are exact decimals with at most one decimal (rubric library, scoring-service). The UI never adds floats:
// every amount is read from its text into whole tenths, added as integers and written back with one decimal.

const ONE_DECIMAL = /^\s*(\d+)(?:\.(\d))?\s*$/
const ANY_DECIMAL = /^\s*-?\d+(?:\.\d+)?\s*$/

/**
 * Whole tenths of a points amount typed by a person or sent by the server (7.5 → 75, "40" → 400), or null when the text
 * is not a non-negative number with at most one decimal.
 */
export function toTenths(value) {
  if (value === null || value === undefined) return null
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value)
  const m = ONE_DECIMAL.exec(text)
  if (!m) return null
  return Number(m[1]) * 10 + (m[2] ? Number(m[2]) : 0)
}

/** Why a points text cannot be used, in the rubric library's words; null when it can. */
export function pointsProblem(value, { positive = false } = {}) {
  const text = value === null || value === undefined ? '' : String(value).trim()
  if (text === '') return '必须填写分值'
  if (!ANY_DECIMAL.test(text)) return '请填写数字'
  if (text.startsWith('-')) return '分值不能为负数'
  const tenths = toTenths(text)
  if (tenths === null) return '分值最多保留一位小数'
  if (positive && tenths === 0) return '分值必须大于0'
  return null
}

/** 75 → "7.5", 400 → "40.0": always one decimal, as every score is shown. */
export function tenthsText(tenths) {
  if (tenths === null || tenths === undefined) return '—'
  const sign = tenths < 0 ? '-' : ''
  const abs = Math.abs(tenths)
  return `${sign}${Math.floor(abs / 10)}.${abs % 10}`
}

/** 400 → "40", 75 → "7.5": for maxima in titles, like the library's messages (5 not 5.0). */
export function tenthsPlain(tenths) {
  if (tenths === null || tenths === undefined) return '—'
  return tenths % 10 === 0 ? String(tenths / 10) : tenthsText(tenths)
}

/** A server amount (number or string) with exactly one decimal; "—" when absent. */
export function formatPoints(value) {
  if (value === null || value === undefined || value === '') return '—'
  const tenths = toTenths(value)
  if (tenths !== null) return tenthsText(tenths)
  // not expected from the services (they send one decimal); shown rounded rather than hidden
  const n = Number(value)
  return Number.isFinite(n) ? n.toFixed(1) : '—'
}

/** Plain text for a JSON number the server reads as BigDecimal: "7.5" → 7.5 (exact for one decimal). */
export function tenthsToNumber(tenths) {
  return tenths / 10
}

/** a × b ÷ c in tenths, rounded HALF_UP once (all non-negative): the library's scaling of a raw total. */
export function scaleTenths(rawTenths, pointsTenths, declaredTenths) {
  if (!declaredTenths) return null
  const numerator = rawTenths * pointsTenths
  // HALF_UP for non-negative integers: floor((2n + d) / 2d)
  return Math.floor((2 * numerator + declaredTenths) / (2 * declaredTenths))
}
