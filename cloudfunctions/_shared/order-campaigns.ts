/**
 * The campaigns of a paid purchase (an order paid, or a purchase at the till), inside the
 * caller's transaction: the points multiplier (the largest due wins, no stacking; a
 * first-order-only multiplier once per (member, campaign, period)) and the rewards of the
 * order-paid campaigns, once per (member, campaign, period).
 */
import { bestMultiplier, dueCampaigns, onceMultiplierKeys, type Campaign } from '@/domain/campaigns'
import { asCampaign, type PointsCampaign } from '@/domain/points'
import { giveCampaignsInTx, givesReward } from './campaign-rewards'
import { enabledCampaigns } from './campaigns'
import { findById, type Db, type Tx } from './db'

/** The settings' points campaigns and the console's order-paid campaigns, as the engine's. */
export async function orderPaidCampaigns(db: Db, settingsCampaigns: readonly PointsCampaign[]): Promise<Campaign[]> {
  const merchant = (await enabledCampaigns(db)).filter((c) => c.on.includes('order-paid'))
  return [...settingsCampaigns.map(asCampaign), ...merchant]
}

interface Buyer {
  id: string
  tier: string
  birthday: string | null
}

export async function orderCampaignsInTx(tx: Tx, campaigns: readonly Campaign[], buyer: Buyer, tierLadder: readonly string[], now: Date): Promise<{ multiplier: number; campaign: Campaign | null }> {
  const due = dueCampaigns(campaigns, { event: 'order-paid', now, memberId: buyer.id, tier: buyer.tier, birthday: buyer.birthday, tierLadder })
  const used = new Set<string>()
  for (const key of onceMultiplierKeys(due)) if (await findById(tx, 'requests', key)) used.add(key)
  const { multiplier, winner } = bestMultiplier(due, used)
  await giveCampaignsInTx(tx, due, buyer, now)
  // A reward-giving winner's key was written with its reward; a pure multiplier's is written here.
  if (winner?.campaign.reward.firstOrderOnly && !givesReward(winner)) {
    await tx.collection('requests').add({ data: { _id: winner.key, scope: 'campaign', openid: buyer.id, result: { campaignId: winner.campaign.id, period: winner.period }, at: now } })
  }
  return { multiplier, campaign: winner?.campaign ?? null }
}
