// Every deadline of the platform is an instant; teachers read it in Asia/Shanghai whatever their phone's zone is.
export const ZONE = 'Asia/Shanghai'

const PARTS = new Intl.DateTimeFormat('en-US', {
  timeZone: ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
})

const WEEKDAYS = ['日', '一', '二', '三', '四', '五', '六']

/** The wall-clock fields of an instant in Asia/Shanghai (month 1-12). */
export function shanghaiParts(value) {
  const date = toDate(value)
  if (!date) return null
  const parts = {}
  for (const p of PARTS.formatToParts(date)) {
    if (p.type !== 'literal') parts[p.type] = Number(p.value)
  }
  if (parts.hour === 24) parts.hour = 0 // some engines print midnight as 24 with h23
  parts.millisecond = date.getTime() % 1000 < 0 ? 1000 + (date.getTime() % 1000) : date.getTime() % 1000
  // the weekday of a calendar date does not depend on the zone once the date is known
  parts.weekday = new Date(Date.UTC(parts.year, parts.month - 1, parts.day)).getUTCDay()
  return parts
}

export function toDate(value) {
  if (value === null || value === undefined || value === '') return null
  const date = value instanceof Date ? value : new Date(value)
  return Number.isNaN(date.getTime()) ? null : date
}

const pad = (n, width = 2) => String(n).padStart(width, '0')

/** 2019-12-15 18:30 (seconds shown only when not on the minute). */
export function formatDateTime(value, { seconds = false } = {}) {
  const p = shanghaiParts(value)
  if (!p) return '—'
  const base = `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}`
  return seconds || p.second !== 0 ? `${base}:${pad(p.second)}` : base
}

/** Receipts: to the millisecond, as the server judged the cutoff. */
export function formatInstantPrecise(value) {
  const p = shanghaiParts(value)
  if (!p) return '—'
  return `${p.year}-${pad(p.month)}-${pad(p.day)} ${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}.${pad(p.millisecond, 3)}`
}

export function formatDate(value) {
  const p = shanghaiParts(value)
  if (!p) return '—'
  return `${p.year}年${p.month}月${p.day}日`
}

/** A plain calendar date such as a programme's period ("2019-12-05"), not an instant. */
export function formatLocalDate(value) {
  if (!value) return '—'
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value)
  return m ? `${Number(m[1])}年${Number(m[2])}月${Number(m[3])}日` : value
}

/** An opening time: 2019年12月9日（周一）00:00 (no 24:00 here: a window opens at the start of its day). */
export function formatWhen(value) {
  const p = shanghaiParts(value)
  if (!p) return '—'
  const time = p.second === 0 && p.millisecond === 0
    ? `${pad(p.hour)}:${pad(p.minute)}`
    : `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
  return `${p.year}年${p.month}月${p.day}日（周${WEEKDAYS[p.weekday]}）${time}`
}

/**
 * A deadline the way the county notice writes it: midnight is 24:00 of the day before ("12月15日 24:00"), an
 * instant off the minute keeps its seconds so nobody is misled.
 */
export function formatDeadline(value) {
  const date = toDate(value)
  if (!date) return '—'
  let p = shanghaiParts(date)
  if (p.hour === 0 && p.minute === 0 && p.second === 0 && p.millisecond === 0) {
    const before = shanghaiParts(new Date(date.getTime() - 1))
    return `${before.year}年${before.month}月${before.day}日（周${WEEKDAYS[before.weekday]}）24:00`
  }
  const time = p.second === 0 && p.millisecond === 0
    ? `${pad(p.hour)}:${pad(p.minute)}`
    : `${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}`
  return `${p.year}年${p.month}月${p.day}日（周${WEEKDAYS[p.weekday]}）${time}`
}

const SECOND = 1000
const MINUTE = 60 * SECOND
const HOUR = 60 * MINUTE
const DAY = 24 * HOUR

/** "3天 04小时 05分 06秒"; under a day the days are left out, under an hour the hours too. */
export function formatRemaining(ms) {
  const total = Math.max(0, Math.floor(ms / SECOND)) * SECOND
  const days = Math.floor(total / DAY)
  const hours = Math.floor((total % DAY) / HOUR)
  const minutes = Math.floor((total % HOUR) / MINUTE)
  const seconds = Math.floor((total % MINUTE) / SECOND)
  if (days > 0) return `${days}天 ${pad(hours)}小时 ${pad(minutes)}分 ${pad(seconds)}秒`
  if (hours > 0) return `${hours}小时 ${pad(minutes)}分 ${pad(seconds)}秒`
  return `${minutes}分 ${pad(seconds)}秒`
}

/**
 * Where a window stands at {@code now}: not yet open, open (counting down to the cutoff) or closed. The cutoff itself
 * is closed, as on the server (an essay received at the cutoff instant is late).
 */
export function windowStatus(opensAt, cutoff, now = Date.now()) {
  const open = toDate(opensAt)
  const close = toDate(cutoff)
  const t = now instanceof Date ? now.getTime() : now
  if (open && t < open.getTime()) {
    return { state: 'upcoming', remainingMs: open.getTime() - t, text: `距开始 ${formatRemaining(open.getTime() - t)}` }
  }
  if (close && t < close.getTime()) {
    const remainingMs = close.getTime() - t
    return { state: 'open', remainingMs, urgent: remainingMs < DAY, text: `距截止 ${formatRemaining(remainingMs)}` }
  }
  return { state: 'closed', remainingMs: 0, text: '已截止' }
}

/** Video length the way the notice writes it: 93分24秒. */
export function formatDuration(seconds) {
  if (seconds === null || seconds === undefined) return '—'
  const s = Math.max(0, Math.round(seconds))
  const minutes = Math.floor(s / 60)
  return minutes > 0 ? `${minutes}分${pad(s % 60)}秒` : `${s}秒`
}

export function formatBytes(bytes) {
  if (bytes === null || bytes === undefined) return '—'
  if (bytes < 1024) return `${bytes} B`
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`
}
