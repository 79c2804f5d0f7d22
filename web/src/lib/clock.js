// Countdowns run on the server's clock: a phone whose clock is a few minutes off must not tell a teacher that there is
// still time when the server already refuses. The offset is learnt from the HTTP Date header of API answers.
let offsetMs = 0

/**
 * Learns the offset from one answer. The Date header has whole seconds, so the offset is only taken when it is larger
 * than the uncertainty (round trip + 1 s); small differences are left alone.
 */
export function learnFromDateHeader(dateHeader, sentAt, receivedAt) {
  if (!dateHeader) return offsetMs
  const server = Date.parse(dateHeader)
  if (Number.isNaN(server)) return offsetMs
  const roundTrip = Math.max(0, receivedAt - sentAt)
  const local = sentAt + roundTrip / 2
  // the header truncates to the second: the server's time was in [server, server + 1000)
  const estimate = server + 500 - local
  const uncertainty = roundTrip / 2 + 1000
  offsetMs = Math.abs(estimate) > uncertainty ? Math.round(estimate) : 0
  return offsetMs
}

export function serverNow() {
  return Date.now() + offsetMs
}

export function clockOffset() {
  return offsetMs
}

export function resetClockOffset() {
  offsetMs = 0
}
