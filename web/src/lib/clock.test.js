import { afterEach, describe, expect, it } from 'vitest'
import { clockOffset, learnFromDateHeader, resetClockOffset } from './clock.js'

describe("countdowns follow the server's clock", () => {
  afterEach(resetClockOffset)

  it('learns that the phone is five minutes fast', () => {
    const sentAt = Date.parse('2019-12-15T15:55:00.000Z') // phone time
    const server = new Date(Date.parse('2019-12-15T15:50:00.000Z')).toUTCString()
    learnFromDateHeader(server, sentAt, sentAt + 200)
    expect(clockOffset()).toBeGreaterThan(-300_000)
    expect(clockOffset()).toBeLessThan(-298_000)
  })

  it('ignores a difference smaller than what the header can tell', () => {
    const sentAt = Date.parse('2019-12-15T15:55:00.300Z')
    learnFromDateHeader('Sun, 15 Dec 2019 15:55:00 GMT', sentAt, sentAt + 100)
    expect(clockOffset()).toBe(0)
  })

  it('keeps what it knows when the header is missing or bad', () => {
    learnFromDateHeader(null, 0, 1)
    learnFromDateHeader('yesterday', 0, 1)
    expect(clockOffset()).toBe(0)
  })
})
