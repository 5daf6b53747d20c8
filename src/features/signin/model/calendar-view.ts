/** How the sign-in calendar is laid out and worded; the states themselves come from the server. */
import { addDays, formatMonthDay, monthRange, startOfDay, weekday, type BusinessDay } from '@/domain/time'
import type { SigninCalendarDay, SigninStatus } from '@/contracts/signin'

export const WEEKDAY_LABELS = ['一', '二', '三', '四', '五', '六', '日']

/** Weeks of the month, Monday first; null pads the first and last week. */
export function calendarWeeks(days: readonly SigninCalendarDay[]): (SigninCalendarDay | null)[][] {
  if (days.length === 0) return []
  const cells: (SigninCalendarDay | null)[] = [...Array(weekday(days[0].day) - 1).fill(null), ...days]
  while (cells.length % 7) cells.push(null)
  return Array.from({ length: cells.length / 7 }, (_, w) => cells.slice(w * 7, w * 7 + 7))
}

/** '2026-11' → '2026年11月'. */
export const monthTitle = (month: string) => `${month.slice(0, 4)}年${Number(month.slice(5, 7))}月`

/** The month before or after 'YYYY-MM'. */
export function shiftMonth(month: string, delta: -1 | 1): string {
  const { first, last } = monthRange(month)
  return (delta < 0 ? addDays(first, -1) : addDays(last, 1)).slice(0, 7)
}

/** '2026-11-22' → '11月22日'. */
export const dayLabel = (day: BusinessDay) => formatMonthDay(startOfDay(day))

/** Month switching: back to the joining month (and always one month back), up to this month. */
export function monthBounds(status: Pick<SigninStatus, 'months'>) {
  const previous = shiftMonth(status.months.last, -1)
  return { first: status.months.first < previous ? status.months.first : previous, last: status.months.last }
}

/** Why a missed day cannot be made up, for the toast when it is tapped. */
export function makeupRefusal(day: SigninCalendarDay, status: Pick<SigninStatus, 'today' | 'makeupsLeft'>): string | null {
  if (day.state !== 'missed' || day.canMakeup) return null
  if (day.day.slice(0, 7) !== status.today.slice(0, 7)) return '只能补签本月的日期'
  if (status.makeupsLeft === 0) return '本月补签次数已用完'
  return null
}
