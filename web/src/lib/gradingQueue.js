// The grading queue is paged by key (assignment-service: rows in teacher id order, `next` = the last teacher of a
// page, passed back as `after`). A keyset page cannot be reached by number, so going back means remembering the
// `after` each earlier page was asked with.

export const PAGE_SIZE = 20

export const STATUS_FILTERS = [
  { value: 'ungraded', label: '未评' },
  { value: 'graded', label: '已评' },
  { value: 'missing', label: '缺交' },
  { value: '', label: '全部' },
]

export const ITEM_STATUS = {
  UNGRADED: { label: '未评', type: 'warning' },
  GRADED: { label: '已评', type: 'success' },
  MISSING: { label: '缺交（0 分）', type: 'info' },
}

/** The query string of a queue request: only the filters that are set. */
export function queueQuery({ status = '', flagged = false, schoolId = '' } = {}, after = null, size = PAGE_SIZE) {
  const q = new URLSearchParams()
  if (status) q.set('status', status)
  if (flagged) q.set('flagged', 'true')
  if (schoolId) q.set('schoolId', schoolId)
  if (after) q.set('after', after)
  q.set('size', String(size))
  return q.toString()
}

/** A pager at its first page. Plain data, so that Vue can make it reactive. */
export function newPager() {
  return { afters: [null], index: 0, next: null }
}

/** The `after` to ask the current page with. */
export function currentAfter(pager) {
  return pager.afters[pager.index]
}

/** Records what the page just loaded said about the next one (null: this was the last page). */
export function pageLoaded(pager, next) {
  pager.next = next || null
}

export function hasNext(pager) {
  return pager.next !== null
}

export function hasPrevious(pager) {
  return pager.index > 0
}

/** Moves to the next page; returns false when there is none. */
export function forward(pager) {
  if (!hasNext(pager)) return false
  pager.afters = pager.afters.slice(0, pager.index + 1)
  pager.afters.push(pager.next)
  pager.index += 1
  pager.next = null
  return true
}

/** Moves to the previous page; returns false on the first one. */
export function back(pager) {
  if (!hasPrevious(pager)) return false
  pager.index -= 1
  pager.next = null
  return true
}

/** "第 2 页" — a keyset pager knows the page's position, not the number of pages. */
export function pageLabel(pager) {
  return `第 ${pager.index + 1} 页`
}

/**
 * The ungraded essay to open after `currentTeacherId`: the next one in queue order, else (wrapping round) the first
 * one that is not the current essay. `fetchPage(after)` returns one queue page of ungraded rows `{items, next}` with
 * the grader's filters; `fetchFirst()` the server's first ungraded item or null. Returns a teacher id, or null when
 * nothing else is left to grade.
 */
export async function findNextUngraded(fetchPage, fetchFirst, currentTeacherId) {
  if (currentTeacherId) {
    const page = await fetchPage(currentTeacherId)
    const row = (page && page.items ? page.items : []).find((r) => r.teacherId !== currentTeacherId)
    if (row) return row.teacherId
  }
  const first = await fetchFirst()
  const id = first && first.item ? first.item.teacherId : null
  return id && id !== currentTeacherId ? id : null
}

/** "87%" for a near-copy similarity the server sends as a fraction (0.87). */
export function formatSimilarity(similarity) {
  const n = Number(similarity)
  if (!Number.isFinite(n)) return '—'
  return `${Math.round(n * 100)}%`
}
