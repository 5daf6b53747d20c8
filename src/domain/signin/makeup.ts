import { ok, type Result } from '../result'
import { addDays, isBusinessDay, type BusinessDay } from '../time'
import { signinError } from './errors'
import { DEFAULT_MAKEUP, type MakeupConfig } from './reward-config'
import { toDaySet, type SignedDays } from './signed-days'
import { streakOn } from './streak-on'

export type MakeupInput = {
  today: BusinessDay
  /** The missed day to make up. */
  day: BusinessDay
  /** Business day the member joined; nothing before it can be made up. */
  joinedDay: BusinessDay
  signedDays: SignedDays
  /** Make-ups already done in today's calendar month. */
  makeupsThisMonth: number
  config?: MakeupConfig
}

export type Makeup = Readonly<{
  day: BusinessDay
  /** Points to spend (ledger code 'spend.makeup'); the caller checks the balance. */
  costPoints: number
  /** The restored streak as of `streakAsOf`. */
  streak: number
  /** Today if today is signed, else yesterday (the streak today's sign-in would extend). */
  streakAsOf: BusinessDay
}>

/**
 * Make-up sign-in (补签) for a missed day of the current month, strictly before today and
 * not before joining, at most config.maxPerMonth times a month, for config.costPoints.
 *
 * Decision: a make-up gives NO reward (no points, no coupon) for that day; it only fills the
 * gap so the streak continues, and later sign-ins follow the cycle from the restored streak.
 * Otherwise buying a 20-point make-up of a 50-point cycle day would mint points.
 *
 * Decision: only the missed days nearest to today can be made up, as many as make-ups are
 * left this month. A day farther back could not reconnect the streak with the make-ups
 * left, so it would cost points for nothing; the calendar marks exactly these days.
 * What the make-up changes about the next sign-in's reward is shown before it is bought
 * (see makeupPreview).
 */
export function makeup({ today, day, joinedDay, signedDays, makeupsThisMonth, config = DEFAULT_MAKEUP }: MakeupInput): Result<Makeup> {
  if (!isBusinessDay(today) || !isBusinessDay(day) || !isBusinessDay(joinedDay)) return signinError('INVALID_DAY')
  // Business days are 'YYYY-MM-DD', so string order is date order.
  if (day === today) return signinError('MAKEUP_TODAY')
  if (day > today) return signinError('MAKEUP_FUTURE')
  if (day.slice(0, 7) !== today.slice(0, 7)) return signinError('MAKEUP_OTHER_MONTH')
  if (day < joinedDay) return signinError('MAKEUP_BEFORE_JOIN')
  const signed = toDaySet(signedDays)
  if (signed.has(day)) return signinError('MAKEUP_ALREADY_SIGNED')
  // The count comes from our own query, not from the user: a bad one is a bug.
  if (!Number.isSafeInteger(makeupsThisMonth) || makeupsThisMonth < 0) throw new RangeError(`makeupsThisMonth must be >= 0, got ${makeupsThisMonth}`)
  if (makeupsThisMonth >= config.maxPerMonth) return signinError('MAKEUP_LIMIT')

  const streakAsOf = signed.has(today) ? today : addDays(today, -1)
  if (missedAfter(signed, day, streakAsOf) >= config.maxPerMonth - makeupsThisMonth) return signinError('MAKEUP_TOO_FAR')
  const withDay = new Set(signed).add(day)
  return ok({ day, costPoints: config.costPoints, streak: streakOn(withDay, streakAsOf), streakAsOf })
}

/** Unsigned days after `day` up to `through`: the make-ups still needed to reach the streak. */
function missedAfter(signed: ReadonlySet<BusinessDay>, day: BusinessDay, through: BusinessDay): number {
  let missed = 0
  for (let d = addDays(day, 1); d <= through; d = addDays(d, 1)) if (!signed.has(d)) missed++
  return missed
}
