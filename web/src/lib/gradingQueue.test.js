import { describe, expect, it } from 'vitest'
import {
  back,
  currentAfter,
  findNextUngraded,
  formatSimilarity,
  forward,
  hasNext,
  hasPrevious,
  newPager,
  pageLabel,
  pageLoaded,
  queueQuery,
} from './gradingQueue.js'

describe('queue requests', () => {
  it('send only the filters that are set', () => {
    expect(queueQuery({}, null, 20)).toBe('size=20')
    expect(queueQuery({ status: 'ungraded', flagged: true, schoolId: 'qs-shiyan' }, 't-042', 50)).toBe(
      'status=ungraded&flagged=true&schoolId=qs-shiyan&after=t-042&size=50',
    )
    expect(queueQuery({ status: '', flagged: false, schoolId: '' }, null)).toBe('size=20')
  })
})

// a module whose queue holds teachers t01..t05, paged two at a time the way the server pages it
const TEACHERS = ['t01', 't02', 't03', 't04', 't05']
function serverPage(after, size = 2) {
  const rest = TEACHERS.filter((t) => after === null || t > after)
  const items = rest.slice(0, size).map((teacherId) => ({ teacherId }))
  return { items, next: rest.length > size ? items[items.length - 1].teacherId : null }
}

describe('keyset paging', () => {
  it('walks forward with the last teacher of each page and back to the pages already seen', () => {
    const pager = newPager()
    const seen = []
    for (;;) {
      const page = serverPage(currentAfter(pager))
      seen.push(page.items.map((r) => r.teacherId).join(','))
      pageLoaded(pager, page.next)
      if (!forward(pager)) break
    }
    expect(seen).toEqual(['t01,t02', 't03,t04', 't05'])
    expect(pageLabel(pager)).toBe('第 3 页')
    expect(hasNext(pager)).toBe(false)

    expect(back(pager)).toBe(true)
    expect(currentAfter(pager)).toBe('t02')
    expect(serverPage(currentAfter(pager)).items.map((r) => r.teacherId)).toEqual(['t03', 't04'])
    expect(back(pager)).toBe(true)
    expect(currentAfter(pager)).toBeNull()
    expect(hasPrevious(pager)).toBe(false)
    expect(back(pager)).toBe(false)
  })

  it('does not go forward before the page said there is a next one', () => {
    const pager = newPager()
    expect(forward(pager)).toBe(false)
    pageLoaded(pager, null)
    expect(forward(pager)).toBe(false)
    expect(currentAfter(pager)).toBeNull()
  })

  it('forgets the pages ahead when going forward again from an earlier page', () => {
    const pager = newPager()
    pageLoaded(pager, 't02')
    forward(pager)
    pageLoaded(pager, 't04')
    forward(pager)
    back(pager)
    back(pager)
    // the queue changed meanwhile (essays graded): the first page now ends elsewhere
    pageLoaded(pager, 't03')
    forward(pager)
    expect(pager.afters).toEqual([null, 't03'])
    expect(currentAfter(pager)).toBe('t03')
  })
})

describe('next ungraded essay', () => {
  const ungraded = (ids) => ({
    page: async (after) => {
      const items = ids.filter((t) => t > after).slice(0, 1).map((teacherId) => ({ teacherId }))
      return { items, next: null }
    },
    first: async () => (ids.length ? { item: { teacherId: ids[0] } } : null),
  })

  it('is the next one in queue order after the current essay', async () => {
    const q = ungraded(['t02', 't04', 't05'])
    expect(await findNextUngraded(q.page, q.first, 't02')).toBe('t04')
    // the current essay was just graded, so it is no longer in the ungraded queue
    expect(await findNextUngraded(q.page, q.first, 't03')).toBe('t04')
  })

  it('wraps round to the first one when the current essay is the last', async () => {
    const q = ungraded(['t01', 't03', 't05'])
    expect(await findNextUngraded(q.page, q.first, 't05')).toBe('t01')
  })

  it('is the first one when no essay is open', async () => {
    const q = ungraded(['t03'])
    expect(await findNextUngraded(q.page, q.first, null)).toBe('t03')
  })

  it('is none when only the current essay, or nothing, is left', async () => {
    expect(await findNextUngraded(ungraded(['t03']).page, ungraded(['t03']).first, 't03')).toBeNull()
    expect(await findNextUngraded(ungraded([]).page, ungraded([]).first, 't03')).toBeNull()
  })
})

describe('near-copy similarity', () => {
  it('is shown as a whole percentage', () => {
    expect(formatSimilarity(0.6789)).toBe('68%')
    expect(formatSimilarity(1)).toBe('100%')
    expect(formatSimilarity(undefined)).toBe('—')
  })
})
