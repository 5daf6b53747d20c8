/**
 * The sign-in reward cycle. Day n of a streak earns cycle[(n - 1) % length]: after the last
 * day (day 7 by default) the cycle restarts at day 1, so streak 8 earns what day 1 earns.
 * The optional coupon is given on that cycle day, every round.
 */
export type SigninRewardConfig = Readonly<{
  cycle: readonly number[]
  couponOnDay?: Readonly<{ day: number; templateId: string }>
}>

export const DEFAULT_SIGNIN_REWARDS: SigninRewardConfig = { cycle: [5, 5, 10, 10, 15, 15, 50] }

/** Make-up (补签) limits: how many per calendar month, and what one costs in points. */
export type MakeupConfig = Readonly<{ maxPerMonth: number; costPoints: number }>

export const DEFAULT_MAKEUP: MakeupConfig = { maxPerMonth: 2, costPoints: 20 }

export type SigninReward = Readonly<{ points: number; couponTemplateId?: string }>

/**
 * The cycle day and reward of the nth day of a streak (n >= 1).
 * A malformed config is a configuration bug and throws RangeError.
 */
export function streakReward(streak: number, config: SigninRewardConfig = DEFAULT_SIGNIN_REWARDS): { cycleDay: number; reward: SigninReward } {
  const { cycle, couponOnDay } = config
  if (cycle.length === 0 || !cycle.every((p) => Number.isSafeInteger(p) && p >= 0)) {
    throw new RangeError('sign-in cycle must be a non-empty list of whole points >= 0')
  }
  if (!Number.isSafeInteger(streak) || streak < 1) throw new RangeError(`streak must be >= 1, got ${streak}`)
  const cycleDay = ((streak - 1) % cycle.length) + 1
  const points = cycle[cycleDay - 1]
  const reward: SigninReward = couponOnDay && couponOnDay.day === cycleDay ? { points, couponTemplateId: couponOnDay.templateId } : { points }
  return { cycleDay, reward }
}
