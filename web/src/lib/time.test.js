import { describe, expect, it } from 'vitest'
import {
  formatDateTime,
  formatDeadline,
  formatDuration,
  formatInstantPrecise,
  formatRemaining,
  formatWhen,
  windowStatus,
} from './time.js'

// These run in whatever zone the build machine has; every expectation is Beijing time.
describe('dates are shown in Asia/Shanghai', () => {
  it('shows an instant in Beijing time whatever the offset it was written with', () => {
    expect(formatDateTime('2019-12-15T10:30:00Z')).toBe('2019-12-15 18:30')
    expect(formatDateTime('2019-12-15T18:30:00+08:00')).toBe('2019-12-15 18:30')
    expect(formatDateTime('2019-12-15T23:30:00-05:00')).toBe('2019-12-16 12:30')
  })

  it('keeps seconds only when they are not zero', () => {
    expect(formatDateTime('2019-12-15T10:30:05Z')).toBe('2019-12-15 18:30:05')
  })

  it('receipts carry milliseconds', () => {
    expect(formatInstantPrecise('2019-12-15T15:59:59.999Z')).toBe('2019-12-15 23:59:59.999')
  })

  it('writes a midnight cutoff as 24:00 of the day before, like the county notice', () => {
    expect(formatDeadline('2019-12-16T00:00:00+08:00')).toBe('2019年12月15日（周日）24:00')
    expect(formatDeadline('2019-12-15T16:00:00Z')).toBe('2019年12月15日（周日）24:00')
  })

  it('writes other cutoffs as they are, with seconds when off the minute', () => {
    expect(formatDeadline('2019-12-15T18:00:00+08:00')).toBe('2019年12月15日（周日）18:00')
    expect(formatDeadline('2019-12-15T18:00:30+08:00')).toBe('2019年12月15日（周日）18:00:30')
  })

  it('writes an opening at midnight as 00:00 of its own day', () => {
    expect(formatWhen('2019-12-09T00:00:00+08:00')).toBe('2019年12月9日（周一）00:00')
  })

  it('shows a dash for a missing value', () => {
    expect(formatDateTime(null)).toBe('—')
    expect(formatDeadline(undefined)).toBe('—')
  })
})

describe('countdown to a cutoff', () => {
  const opens = '2019-12-09T00:00:00+08:00'
  const cutoff = '2019-12-16T00:00:00+08:00'

  it('formats days, hours, minutes and seconds', () => {
    const ms = ((3 * 24 + 4) * 3600 + 5 * 60 + 6) * 1000
    expect(formatRemaining(ms)).toBe('3天 04小时 05分 06秒')
    expect(formatRemaining(2 * 3600 * 1000 + 1000)).toBe('2小时 00分 01秒')
    expect(formatRemaining(59_999)).toBe('0分 59秒')
  })

  it('counts down to the opening before the window', () => {
    const now = Date.parse('2019-12-08T23:00:00+08:00')
    const s = windowStatus(opens, cutoff, now)
    expect(s.state).toBe('upcoming')
    expect(s.text).toBe('距开始 1小时 00分 00秒')
  })

  it('counts down to the cutoff inside the window and turns urgent in the last day', () => {
    const early = windowStatus(opens, cutoff, Date.parse('2019-12-12T00:00:00+08:00'))
    expect(early).toMatchObject({ state: 'open', urgent: false, text: '距截止 4天 00小时 00分 00秒' })
    const late = windowStatus(opens, cutoff, Date.parse('2019-12-15T23:59:58.500+08:00'))
    expect(late).toMatchObject({ state: 'open', urgent: true, text: '距截止 0分 01秒' })
  })

  it('is closed at the cutoff instant itself, as the server judges', () => {
    expect(windowStatus(opens, cutoff, Date.parse(cutoff)).state).toBe('closed')
    expect(windowStatus(opens, cutoff, Date.parse(cutoff) - 1).state).toBe('open')
  })
})

describe('video durations', () => {
  it('are written in minutes and seconds, as in the notice', () => {
    expect(formatDuration(93 * 60 + 24)).toBe('93分24秒')
    expect(formatDuration(55 * 60 + 15)).toBe('55分15秒')
    expect(formatDuration(42)).toBe('42秒')
  })
})
