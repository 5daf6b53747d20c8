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
