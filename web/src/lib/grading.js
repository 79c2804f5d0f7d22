// The grader's rules as the server applies them (assignment-service GradeRequest, BandPolicy): a band, then a score
// inside that band with at most one decimal. Scores are handled here as whole tenths (17.5 → 175) so that comparing
// with a band's bounds is exact: no binary floating point ever decides whether 11.9 is inside 良好.

/** The county notice's bands for a 20-point module (优秀 20–18, 良好 17.9–12, 一般 11.9–6). */
export const COUNTY_NOTICE = { referencePoints: 20, floors: [['优秀', 180], ['良好', 120], ['一般', 60]] }

/** Whole tenths of a score written as "17.5", "18", "18.0" or a JSON number; null when it is not such a score. */
export function toTenths(value) {
  if (value === null || value === undefined) return null
  const text = typeof value === 'number' ? (Number.isFinite(value) ? String(value) : '') : String(value).trim()
  const m = /^(\d{1,6})(?:\.(\d)0*)?$/.exec(text)
  if (!m) return null
  return Number(m[1]) * 10 + (m[2] ? Number(m[2]) : 0)
}

/** "17.5", "18.0": one decimal, as the server stores and shows scores. */
export function formatTenths(tenths) {
  if (tenths === null || tenths === undefined) return ''
  return `${Math.floor(tenths / 10)}.${tenths % 10}`
}

/** A score from the server (number or string) as it is shown: one decimal. */
export function formatScore(value) {
  const t = toTenths(value)
  return t === null ? '—' : formatTenths(t)
}

/** The bands the server sent ({name, min, max}) with their bounds in tenths. */
export function bandRanges(bands) {
  return (bands || []).map((b) => ({ name: b.name, min: toTenths(b.min), max: toTenths(b.max) }))
}

/** "18.0–20.0 分" */
export function bandLabel(band) {
  const r = bandRanges([band])[0]
  return `${formatTenths(r.min)}–${formatTenths(r.max)} 分`
}

/** The band a score belongs to, or null (below the lowest band, or above the module's points). */
export function bandOf(bands, score) {
  const t = toTenths(score)
  if (t === null) return null
  const found = bandRanges(bands).find((b) => t >= b.min && t <= b.max)
  return found ? found.name : null
}

/**
 * Why a typed score cannot be saved with the chosen band, in the server's words, or null when it can. The server
 * checks the same; this only spares the grader a round trip.
 */
export function checkScore(text, bandName, bands) {
  const raw = text === null || text === undefined ? '' : String(text).trim()
  if (!raw) return '请填写分数'
  if (!/^\d+(\.\d+)?$/.test(raw)) return '分数必须是数字，最多保留一位小数'
  const t = toTenths(raw)
  if (t === null) return `分数最多保留一位小数（当前 ${raw}）`
  if (!bandName) return '请先选择评分档次'
  const band = bandRanges(bands).find((b) => b.name === bandName)
  if (!band) return `评分档次「${bandName}」不存在`
  if (t < band.min || t > band.max) {
    return `「${band.name}」档的分数须在 ${formatTenths(band.min)} 到 ${formatTenths(band.max)} 之间（当前 ${formatTenths(t)}）`
  }
  return null
}

/**
 * Choosing a band keeps a score already inside it; a score outside it is cleared rather than silently moved, so that
 * the grader types the score they mean.
 */
export function scoreAfterBandChange(text, bandName, bands) {
  const t = toTenths(text)
  if (t === null) return ''
  return bandOf(bands, text) === bandName ? String(text).trim() : ''
}

/** The number sent to the server: a one-decimal value whose JSON text is exactly the typed decimal ("17.5"). */
export function scoreForServer(text) {
  const t = toTenths(text)
  return t === null ? null : Number(formatTenths(t))
}

/**
 * The bands of a module of `maxPoints`, as BandPolicy derives them: each lower bound scaled from the 20-point notice
 * (half up, one decimal), each band ending 0.1 below the next better band, the best band ending at the module's points.
 */
export function bandsFor(maxPoints, policy = COUNTY_NOTICE) {
  const points = Number(maxPoints)
  if (!Number.isInteger(points) || points <= 0) return []
  let upper = points * 10
  const bands = []
  for (const [name, floor] of policy.floors) {
    // floor (tenths) × points / reference, rounded half up, in integers
    const lower = Math.floor((2 * floor * points + policy.referencePoints) / (2 * policy.referencePoints))
    if (lower > upper) return []
    bands.push({ name, min: formatTenths(lower), max: formatTenths(upper) })
    upper = lower - 1
  }
  return bands
}

// sentence ends of Chinese and Western text; a line break also ends one
const SENTENCE_END = /(?<=[。！？!?；;…\n])/
const normalise = (s) => s.replace(/[\s\p{P}\p{S}]/gu, '').toLowerCase()

/**
 * An essay cut into sentences, each marked `shared` when the other essay has the same sentence (ignoring spaces and
 * punctuation; very short sentences never count), so a grader can see at a glance what a flagged pair has in common.
 */
export function markShared(text, otherText, minCharacters = 8) {
  const theirs = new Set(
    String(otherText || '')
      .split(SENTENCE_END)
      .map(normalise)
      .filter((s) => [...s].length >= minCharacters),
  )
  return String(text || '')
    .split(SENTENCE_END)
    .filter((s) => s.length)
    .map((s) => {
      const key = normalise(s)
      return { text: s, shared: [...key].length >= minCharacters && theirs.has(key) }
    })
}

/** The share of an essay's characters that sit in sentences shared with the other one, 0..1. */
export function sharedShare(segments) {
  const total = segments.reduce((n, s) => n + s.text.length, 0)
  const shared = segments.filter((s) => s.shared).reduce((n, s) => n + s.text.length, 0)
  return total ? shared / total : 0
}
