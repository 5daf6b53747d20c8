import { addDays, isBusinessDay, type BusinessDay } from '../time'
import { toDaySet, type SignedDays } from './signed-days'

/**
 * Consecutive signed business days ending at `day` (0 if `day` itself is not signed).
 * Rule: one missed day resets the streak to 0; only a make-up (补签) can repair the gap.
 */
export function streakOn(signedDays: SignedDays, day: BusinessDay): number {
  if (!isBusinessDay(day)) return 0
  const signed = toDaySet(signedDays)
  let streak = 0
  for (let d = day; signed.has(d); d = addDays(d, -1)) streak++
  return streak
}
