import type { DueCampaign } from './types'

/**
 * The points multiplier of an order among the due campaigns: the largest wins, no
 * stacking (README "Points"). Campaigns already given in their period (`used` keys, e.g.
 * the birthday month's first order) do not count.
 */
export function bestMultiplier(due: readonly DueCampaign[], used: ReadonlySet<string> = new Set()): { multiplier: number; winner: DueCampaign | null } {
  let winner: DueCampaign | null = null
  for (const d of due) {
    const m = d.campaign.reward.pointsMultiplier ?? 0
    if (m >= 1 && !used.has(d.key) && m > (winner?.campaign.reward.pointsMultiplier ?? 1)) winner = d
  }
  return { multiplier: winner?.campaign.reward.pointsMultiplier ?? 1, winner }
}

/**
 * The keys of due multipliers given once per period (first order only): the caller looks
 * them up, passes those found as `used`, and writes the winner's key with the order.
 * Other multipliers (member day, 11.11) count on every order of their day.
 */
export const onceMultiplierKeys = (due: readonly DueCampaign[]): string[] =>
  due.filter((d) => d.campaign.reward.firstOrderOnly && (d.campaign.reward.pointsMultiplier ?? 0) > 1).map((d) => d.key)
