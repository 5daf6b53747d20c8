import { addDays, businessDay, isBusinessDay, startOfDay, type BusinessDay } from '../time'
import { DEFAULT_TIER_TABLE, type Tier, type TierTable } from './tier-table'
import { tierFor } from './tier-for'

export type GrowthEntry = Readonly<{ amount: number; at: Date }>

export type YearlyReview = Readonly<{ tier: Tier; growth: number; windowStart: Date; windowEnd: Date }>

/**
 * First business day of the 12 months that end today: the day after the same date a year
 * ago (29 Feb → 28 Feb of the year before, so the window starts 1 March).
 */
export function reviewWindowStart(today: BusinessDay): BusinessDay {
  const monthDay = today.slice(4)
  const lastYear = `${Number(today.slice(0, 4)) - 1}`
  const sameDate = isBusinessDay(lastYear + monthDay) ? lastYear + monthDay : `${lastYear}-02-28`
  return addDays(sameDate, 1)
}

/**
 * The tier a member keeps at the yearly review: growth earned in the 12 months ending at
 * `now`. Window (decided): from 00:00 Shanghai of reviewWindowStart(today) to `now`, both
 * inclusive, i.e. today and the 364 (365 across 29 Feb) days before it. Entries outside it,
 * including any dated after `now`, do not count; negative entries (refunds) do; the total
 * never goes below 0.
 */
export function yearlyReview(entries: readonly GrowthEntry[], now: Date, table: TierTable = DEFAULT_TIER_TABLE): YearlyReview {
  const { start, end } = reviewWindow(now)
  const [from, to] = [start.getTime(), end.getTime()]
  const sum = entries.reduce((s, e) => {
    const t = e.at.getTime()
    return t >= from && t <= to && Number.isFinite(e.amount) ? s + e.amount : s
  }, 0)
  return reviewOfWindowSum(sum, now, table)
}

/** The review's window ending at `now` (both ends inclusive), for a database query. */
export function reviewWindow(now: Date): { start: Date; end: Date } {
  return { start: startOfDay(reviewWindowStart(businessDay(now))), end: now }
}

/** The review from the sum of the window's entries (summed by the caller, e.g. page by page). */
export function reviewOfWindowSum(sum: number, now: Date, table: TierTable = DEFAULT_TIER_TABLE): YearlyReview {
  const growth = Math.max(0, Math.floor(sum))
  return { tier: tierFor(growth, table), growth, windowStart: reviewWindow(now).start, windowEnd: now }
}
