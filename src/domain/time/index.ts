/**
 * Business time is Asia/Shanghai, whatever the host's timezone (cloud functions run in
 * UTC). Every helper takes the instant it works on: domain code never reads the clock.
 */
import dayjs, { type Dayjs } from 'dayjs'
import utc from 'dayjs/plugin/utc'
import timezone from 'dayjs/plugin/timezone'

dayjs.extend(utc)
dayjs.extend(timezone)

export const BUSINESS_TZ = 'Asia/Shanghai'
/** China has had no daylight saving since 1991: the offset is fixed, which keeps this cheap. */
const OFFSET_MS = 8 * 60 * 60 * 1000

/** A calendar day in Asia/Shanghai, as 'YYYY-MM-DD'. */
export type BusinessDay = string
export type Instant = Date | number | string

const toMs = (at: Instant): number => (at instanceof Date ? at.getTime() : typeof at === 'number' ? at : new Date(at).getTime())

/** The instant seen on a Shanghai wall clock (use only the UTC getters of the result). */
const wall = (at: Instant): Date => new Date(toMs(at) + OFFSET_MS)

export const inShanghai = (at: Instant): Dayjs => dayjs(toMs(at)).tz(BUSINESS_TZ)

const pad = (n: number, w = 2) => String(n).padStart(w, '0')

/** The business day an instant falls on: 2026-11-24T16:00:00Z is '2026-11-25'. */
export function businessDay(at: Instant): BusinessDay {
  const w = wall(at)
  return `${w.getUTCFullYear()}-${pad(w.getUTCMonth() + 1)}-${pad(w.getUTCDate())}`
}

/** 'YYYY-MM' of the business day. */
export const businessMonth = (at: Instant): string => businessDay(at).slice(0, 7)

const DAY_RE = /^(\d{4})-(\d{2})-(\d{2})$/

export function isBusinessDay(value: string): value is BusinessDay {
  const m = DAY_RE.exec(value)
  if (!m) return false
  const d = new Date(Date.UTC(+m[1], +m[2] - 1, +m[3]))
  return d.getUTCFullYear() === +m[1] && d.getUTCMonth() === +m[2] - 1 && d.getUTCDate() === +m[3]
}

function dayParts(day: BusinessDay): [number, number, number] {
  const m = DAY_RE.exec(day)
  if (!m) throw new Error(`not a business day: ${day}`)
  return [+m[1], +m[2] - 1, +m[3]]
}

/** First instant of a business day (00:00:00.000 Shanghai). */
export function startOfDay(day: BusinessDay): Date {
  const [y, m, d] = dayParts(day)
  return new Date(Date.UTC(y, m, d) - OFFSET_MS)
}

/** Last millisecond of a business day (23:59:59.999 Shanghai). */
export const endOfDay = (day: BusinessDay): Date => new Date(startOfDay(addDays(day, 1)).getTime() - 1)

export function addDays(day: BusinessDay, n: number): BusinessDay {
  const [y, m, d] = dayParts(day)
  return businessDay(Date.UTC(y, m, d + n) - OFFSET_MS)
}

/** Whole days from a to b (b - a); both are business days. */
export function daysBetween(a: BusinessDay, b: BusinessDay): number {
  return Math.round((startOfDay(b).getTime() - startOfDay(a).getTime()) / 86_400_000)
}

/** ISO weekday of a business day: 1 = Monday … 7 = Sunday. */
export function weekday(day: BusinessDay): number {
  const [y, m, d] = dayParts(day)
  const w = new Date(Date.UTC(y, m, d)).getUTCDay()
  return w === 0 ? 7 : w
}

/** Monday of the business week that holds the day. */
export const startOfWeek = (day: BusinessDay): BusinessDay => addDays(day, 1 - weekday(day))

/** The first and last business days of the month 'YYYY-MM'. */
export function monthRange(month: string): { first: BusinessDay; last: BusinessDay } {
  const [y, m] = month.split('-').map(Number)
  const first = `${month}-01`
  const last = businessDay(Date.UTC(y, m, 1) - OFFSET_MS - 1)
  return { first, last }
}

/** Every business day of the month 'YYYY-MM', in order. */
export function daysOfMonth(month: string): BusinessDay[] {
  const { first, last } = monthRange(month)
  const out: BusinessDay[] = []
  for (let d = first; d <= last; d = addDays(d, 1)) out.push(d)
  return out
}

/** Last millisecond of the calendar year of the instant, Shanghai time. */
export function endOfYear(at: Instant, plusYears = 0): Date {
  const y = wall(at).getUTCFullYear() + plusYears
  return endOfDay(`${y}-12-31`)
}

/** Display: '2026-11-25 10:00' (Shanghai wall clock). */
export const formatDateTime = (at: Instant): string => inShanghai(at).format('YYYY-MM-DD HH:mm')
/** Display: '2026-11-25'. */
export const formatDate = (at: Instant): string => businessDay(at)
/** Display: '11月25日'. */
export const formatMonthDay = (at: Instant): string => inShanghai(at).format('M月D日')
