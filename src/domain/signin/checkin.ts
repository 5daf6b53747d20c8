import { ok, type Result } from '../result'
import { addDays, isBusinessDay, type BusinessDay } from '../time'
import { signinError } from './errors'
import { DEFAULT_SIGNIN_REWARDS, streakReward, type SigninReward, type SigninRewardConfig } from './reward-config'
import { toDaySet, type SignedDays } from './signed-days'
import { streakOn } from './streak-on'

export type CheckinInput = {
  /** Today's business day (Asia/Shanghai), from businessDay(now). */
  today: BusinessDay
  signedDays: SignedDays
  config?: SigninRewardConfig
}

export type Checkin = Readonly<{ day: BusinessDay; streak: number; cycleDay: number; reward: SigninReward }>

/**
 * Signs in for today: the streak continues from yesterday (or starts at 1 after a gap) and
 * the reward follows the cycle day. One sign-in per business day.
 */
export function checkin({ today, signedDays, config = DEFAULT_SIGNIN_REWARDS }: CheckinInput): Result<Checkin> {
  if (!isBusinessDay(today)) return signinError('INVALID_DAY')
  const signed = toDaySet(signedDays)
  if (signed.has(today)) return signinError('ALREADY')
  const streak = streakOn(signed, addDays(today, -1)) + 1
  return ok({ day: today, streak, ...streakReward(streak, config) })
}
