/**
 * A member's attempts in a sliding window: at most `max` within `windowMs`. Pure: the
 * caller keeps the times and passes the clock.
 */
export type RateRule = { max: number; windowMs: number }

export function admitAttempt(recent: readonly number[], nowMs: number, rule: RateRule): { admitted: boolean; recent: number[] } {
  const kept = recent.filter((t) => nowMs - t < rule.windowMs)
  if (kept.length >= rule.max) return { admitted: false, recent: kept }
  return { admitted: true, recent: [...kept, nowMs] }
}
