import { addDays, type BusinessDay } from '../time'
import { DEFAULT_SIGNIN_REWARDS, streakReward, type SigninReward, type SigninRewardConfig } from './reward-config'
import { toDaySet, type SignedDays } from './signed-days'
import { streakOn } from './streak-on'

export type NextReward = Readonly<{
  signedToday: boolean
  /** Current streak: as of today if signed today, else as of yesterday (still alive today). */
  streak: number
  /** The next day to sign: tomorrow if signed today, else today. */
  day: BusinessDay
  cycleDay: number
  reward: SigninReward
}>

/** What the next sign-in gives, for the banner on the sign-in page. */
export function nextReward({ today, signedDays, config = DEFAULT_SIGNIN_REWARDS }: { today: BusinessDay; signedDays: SignedDays; config?: SigninRewardConfig }): NextReward {
  const signed = toDaySet(signedDays)
  const signedToday = signed.has(today)
  const streak = signedToday ? streakOn(signed, today) : streakOn(signed, addDays(today, -1))
  const day = signedToday ? addDays(today, 1) : today
  return { signedToday, streak, day, ...streakReward(streak + 1, config) }
}

/**
 * 「已连续签到 3 天，明天签到可得 10 积分」; before today's sign-in 「…今天签到可得…」;
 * without a streak just 「今天签到可得 5 积分」; a coupon day adds 「和 1 张优惠券」.
 */
export function formatNextReward(next: NextReward): string {
  const when = next.signedToday ? '明天' : '今天'
  const gift = `${next.reward.points} 积分${next.reward.couponTemplateId ? '和 1 张优惠券' : ''}`
  const prefix = next.streak > 0 ? `已连续签到 ${next.streak} 天，` : ''
  return `${prefix}${when}签到可得 ${gift}`
}
