import { bestMultiplier, dueCampaigns, type Campaign } from '../campaigns'

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

/** A settings points campaign as a campaign of the engine (src/domain/campaigns). */
export const asCampaign = (c: PointsCampaign): Campaign => ({
  id: c.id,
  name: c.name,
  enabled: true,
  on: ['order-paid'],
  rule: c.weekdays ? { kind: 'weekly', weekdays: c.weekdays } : { kind: 'daily' },
  from: c.from,
  to: c.to,
  reward: { pointsMultiplier: c.multiplier },
})

/**
 * The campaign that applies at `now`: the largest multiplier among those running, or
 * none (multiplier 1). Campaigns do not stack: two running campaigns give the larger.
 * The calendar and the "largest wins" rule are the campaign engine's.
 */
export function activeCampaign(campaigns: readonly PointsCampaign[], now: Date): { multiplier: number; campaign: PointsCampaign | null } {
  const due = dueCampaigns(campaigns.map(asCampaign), { event: 'order-paid', now, memberId: '', tier: '', birthday: null, tierLadder: [] })
  const { multiplier, winner } = bestMultiplier(due)
  return { multiplier, campaign: winner ? (campaigns.find((c) => c.id === winner.campaign.id) ?? null) : null }
}
