import { businessDay, weekday } from '../time'

/** A points campaign: double points on member day (weekdays [2]), or for a date range. */
export type PointsCampaign = Readonly<{
  id: string
  name: string
  multiplier: number
  /** ISO weekdays (1 = Monday) in Asia/Shanghai; absent = every day. */
  weekdays?: readonly number[]
  /** Business days, inclusive; absent = open-ended. */
  from?: string
  to?: string
}>

/**
 * The campaign that applies at `now`: the largest multiplier among those running, or
 * none (multiplier 1). Campaigns do not stack: two running campaigns give the larger.
 */
export function activeCampaign(campaigns: readonly PointsCampaign[], now: Date): { multiplier: number; campaign: PointsCampaign | null } {
  const day = businessDay(now)
  const running = campaigns.filter(
    (c) => (!c.weekdays || c.weekdays.includes(weekday(day))) && (!c.from || c.from <= day) && (!c.to || day <= c.to) && c.multiplier >= 1,
  )
  const best = running.sort((a, b) => b.multiplier - a.multiplier)[0] ?? null
  return { multiplier: best?.multiplier ?? 1, campaign: best }
}
