import * as z from 'zod/mini'
import { defineActions, requestIdSchema } from './contract'
import { dayString } from './common'

/** 'YYYY-MM', a calendar month in Asia/Shanghai. */
export const monthString = z.string().check(z.regex(/^20\d{2}-(0[1-9]|1[0-2])$/, '月份格式不正确'))

export const dayStateSchema = z.enum(['signed', 'makeup', 'missed', 'today', 'future', 'before-join'])

export const calendarDaySchema = z.object({
  day: dayString,
  state: dayStateSchema,
  isToday: z.boolean(),
  /** A missed day the member may make up now (same rules as the makeup action). */
  canMakeup: z.boolean(),
  /** When canMakeup: the streak and the next sign-in's cycle day after making this day up. */
  makeup: z.optional(z.object({ streak: z.int().check(z.minimum(0)), nextCycleDay: z.int().check(z.minimum(1)) })),
})
export type SigninCalendarDay = z.infer<typeof calendarDaySchema>

export const cycleDaySchema = z.object({
  /** 1-based day of the reward cycle. */
  day: z.int().check(z.minimum(1)),
  points: z.int().check(z.minimum(0)),
  /** Title of the coupon given on this cycle day, if any. */
  couponTitle: z.optional(z.string()),
})
export type SigninCycleDay = z.infer<typeof cycleDaySchema>

export const signinStatusSchema = z.object({
  /** Today's business day (Asia/Shanghai). */
  today: dayString,
  /** The month shown by `calendar`. */
  month: monthString,
  /** First month worth showing (the member joined in it) and the current month. */
  months: z.object({ first: monthString, last: monthString }),
  signedToday: z.boolean(),
  /** Current streak: through today if signed, else through yesterday (still alive). */
  streak: z.int().check(z.minimum(0)),
  /** Days signed in so far, make-ups included. */
  total: z.int().check(z.minimum(0)),
  /** 「已连续签到 3 天，明天签到可得 10 积分」 */
  banner: z.string(),
  cycle: z.object({
    days: z.array(cycleDaySchema),
    /** The cycle day that the next sign-in (today's, or tomorrow's once signed) earns. */
    next: z.int().check(z.minimum(1)),
  }),
  calendar: z.array(calendarDaySchema),
  makeupsLeft: z.int().check(z.minimum(0)),
  makeupsPerMonth: z.int().check(z.minimum(0)),
  makeupCost: z.int().check(z.minimum(0)),
  /** Points the member can spend now (what a make-up is paid with). */
  points: z.int().check(z.minimum(0)),
  reminder: z.boolean(),
  /** Subscribe-message template the client asks the user to accept (weapp). */
  reminderTemplateId: z.nullable(z.string()),
})
export type SigninStatus = z.infer<typeof signinStatusSchema>

export const checkinResultSchema = z.object({
  day: dayString,
  streak: z.int().check(z.minimum(1)),
  cycleDay: z.int().check(z.minimum(1)),
  reward: z.object({
    points: z.int().check(z.minimum(0)),
    couponTitle: z.optional(z.string()),
    /** Why the cycle's coupon was not given (sold out…): the sign-in still counts. */
    couponNote: z.optional(z.string()),
  }),
})
export type CheckinResult = z.infer<typeof checkinResultSchema>

export const makeupResultSchema = z.object({
  day: dayString,
  /** The streak restored by filling the gap. */
  streak: z.int().check(z.minimum(0)),
  costPoints: z.int().check(z.minimum(0)),
  makeupsLeft: z.int().check(z.minimum(0)),
})
export type MakeupResult = z.infer<typeof makeupResultSchema>

/** Cloud function `signin`: daily sign-in on Asia/Shanghai business days. */
export const signinContracts = defineActions({
  /** The sign-in page: streak, banner, reward cycle and one month's calendar (default: this month). */
  status: {
    input: z.object({ month: z.optional(monthString) }),
    output: signinStatusSchema,
  },
  /** Signs in for today. Repeats (any requestId) on the same day get the same answer. */
  checkin: {
    write: true,
    input: z.object({ requestId: requestIdSchema }),
    output: checkinResultSchema,
  },
  /** Make-up sign-in (补签) of a missed day of this month, paid with points; gives no reward. */
  makeup: {
    write: true,
    input: z.object({ requestId: requestIdSchema, day: dayString }),
    output: makeupResultSchema,
  },
  /** The daily 20:00 reminder (a subscribe message) on or off. */
  reminder: {
    write: true,
    input: z.object({ requestId: requestIdSchema, on: z.boolean(), templateId: z.optional(z.string().check(z.minLength(1), z.maxLength(128))) }),
    output: z.object({ reminder: z.boolean() }),
  },
})
