/** How the sign-in calendar is laid out and worded; the states themselves come from the server. */
import { addDays, formatMonthDay, monthRange, startOfDay, weekday, type BusinessDay } from '@/domain/time'
import type { SigninCalendarDay, SigninStatus } from '@/contracts/signin'
import { SIGNIN_ERRORS } from '@/domain/signin'

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
  return SIGNIN_ERRORS.MAKEUP_TOO_FAR.message
}

type CycleDay = SigninStatus['cycle']['days'][number]
const rewardText = (d: CycleDay | undefined) => (d ? `${d.points} 积分${d.couponTitle ? '和 1 张优惠券' : ''}` : '—')

export type MakeupChange = { streak: number; when: '今天' | '明天'; before: string; after: string; worse: boolean }

/**
 * What a make-up does to the next sign-in: 「明天签到可得 50 积分和 1 张优惠券 → 5 积分」.
 * `worse` when the next reward shrinks, so the dialog can say so before points are spent.
 */
export function makeupChange(day: SigninCalendarDay, status: Pick<SigninStatus, 'cycle' | 'signedToday'>): MakeupChange | null {
  if (!day.makeup) return null
  const before = status.cycle.days[status.cycle.next - 1]
  const after = status.cycle.days[day.makeup.nextCycleDay - 1]
  const worse = !!before && !!after && (after.points < before.points || (!!before.couponTitle && !after.couponTitle))
  return { streak: day.makeup.streak, when: status.signedToday ? '明天' : '今天', before: rewardText(before), after: rewardText(after), worse }
}
