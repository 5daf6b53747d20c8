import { ok, type Result } from '../result'
import { daysOfMonth, isBusinessDay, type BusinessDay } from '../time'
import { signinError } from './errors'
import { makeup } from './makeup'
import { DEFAULT_MAKEUP, type MakeupConfig } from './reward-config'

export type DayState = 'signed' | 'makeup' | 'missed' | 'today' | 'future' | 'before-join'

export type CalendarDay = Readonly<{ day: BusinessDay; state: DayState; isToday: boolean; canMakeup: boolean }>

export type MonthCalendarInput = {
  /** 'YYYY-MM'. */
  month: string
  today: BusinessDay
  joinedDay: BusinessDay
  signed: ReadonlyMap<BusinessDay, 'signed' | 'makeup'>
  /** When given, canMakeup is false for every day once the month's limit is used up. */
  makeupsThisMonth?: number
  config?: MakeupConfig
}

/**
 * Each day of a month for the sign-in calendar. A signed day shows as signed (or makeup)
 * even when it is today; 'today' means today, not yet signed. canMakeup uses the same
 * rules as makeup(), so the button and the action can never disagree.
 */
export function monthCalendar({ month, today, joinedDay, signed, makeupsThisMonth = 0, config = DEFAULT_MAKEUP }: MonthCalendarInput): Result<CalendarDay[]> {
  if (!/^\d{4}-\d{2}$/.test(month) || !isBusinessDay(`${month}-01`)) return signinError('INVALID_MONTH')
  if (!isBusinessDay(today) || !isBusinessDay(joinedDay)) return signinError('INVALID_DAY')
  const signedDays = new Set(signed.keys())
  return ok(
    daysOfMonth(month).map((day) => {
      const state: DayState =
        signed.get(day) ?? (day === today ? 'today' : day > today ? 'future' : day < joinedDay ? 'before-join' : 'missed')
      const canMakeup = state === 'missed' && makeup({ today, day, joinedDay, signedDays, makeupsThisMonth, config }).ok
      return { day, state, isToday: day === today, canMakeup }
    }),
  )
}
