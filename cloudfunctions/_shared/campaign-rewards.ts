/**
 * Giving a merchant campaign's reward (coupons, points) inside the caller's transaction,
 * once per (member, campaign, period): the campaign key is written to `requests` with
 * the reward, so a second occasion in the same period finds it and gives nothing.
 */
import type { DueCampaign } from '@/domain/campaigns'
import { pointsExpiry } from '@/domain/points'
import { issueGiftInTx, newCouponId } from './coupons'
import { findById, type Tx } from './db'
import { postEarning } from './points-ledger'

/** Campaigns that give something on the occasion itself (multipliers apply to orders instead). */
export const givesReward = (d: DueCampaign) => !!(d.campaign.reward.couponTemplateIds?.length || d.campaign.reward.points)

/** Gives each due campaign not yet given in its period; returns the titles of the coupons given. */
export async function giveCampaignsInTx(tx: Tx, due: readonly DueCampaign[], member: { id: string; tier: string }, now: Date): Promise<string[]> {
  const titles: string[] = []
  for (const d of due.filter(givesReward)) {
    if (await findById(tx, 'requests', d.key)) continue
    for (const templateId of d.campaign.reward.couponTemplateIds ?? []) {
      const coupon = await issueGiftInTx(tx, { templateId, memberId: member.id, memberTier: member.tier, couponId: newCouponId(), now })
      if (coupon) titles.push(coupon.title)
    }
    const points = d.campaign.reward.points
    if (points) await postEarning(tx, { memberId: member.id, requestId: d.key, code: 'earn.campaign', amount: points, expiresAt: pointsExpiry(now), ref: { type: 'campaign', id: d.campaign.id }, now })
    await tx.collection('requests').add({ data: { _id: d.key, scope: 'campaign', openid: member.id, result: { campaignId: d.campaign.id, period: d.period }, at: now } })
  }
  return titles
}
