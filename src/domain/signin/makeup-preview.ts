import type { BusinessDay } from '../time'
import { nextReward, type NextReward } from './next-reward'
import { DEFAULT_SIGNIN_REWARDS, type SigninRewardConfig } from './reward-config'
import { toDaySet, type SignedDays } from './signed-days'

/**
 * The next sign-in after making up `day`: its streak and cycle day. A restored streak can
 * jump over a cycle day (streak 6 → 8 skips the day-7 reward), so the confirm dialog shows
 * the next reward before and after, and a make-up never silently costs a reward.
 */
export function makeupPreview({ today, day, signedDays, config = DEFAULT_SIGNIN_REWARDS }: { today: BusinessDay; day: BusinessDay; signedDays: SignedDays; config?: SigninRewardConfig }): NextReward {
  return nextReward({ today, signedDays: new Set(toDaySet(signedDays)).add(day), config })
}
