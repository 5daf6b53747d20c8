import type { Campaign } from '@/domain/campaigns'
import { growthForSpend, type TierTable } from '@/domain/member'
import { earnPoints, pointsExpiry } from '@/domain/points'
import { pointsSettings, type PointsSettings } from '../../points/settings'
import { unwrap } from '../action-error'
import type { Db, Tx } from '../db'
import { addGrowth } from '../growth'
import { requireMember } from '../members'
import { orderCampaignsInTx, orderPaidCampaigns } from '../order-campaigns'
import { postEarning } from '../points-ledger'
import { tierTable } from '../settings'

export type EarnRules = PointsSettings & { table: TierTable; orderCampaigns: Campaign[] }

export async function earnRules(db: Db): Promise<EarnRules> {
  const settings = await pointsSettings(db)
  return { ...settings, table: await tierTable(db), orderCampaigns: await orderPaidCampaigns(db, settings.campaigns) }
}

export const earnRequestId = (orderId: string) => `order-earn-${orderId}`

/**
 * Points and growth for a paid order, through the ledger (the same rule as the till):
 * floor(paid yuan × rate × tier multiplier × campaign multiplier); growth 1 per yuan.
 * The order-paid campaigns (multiplier and rewards) are the campaign engine's.
 */
export async function earnOnPayment(tx: Tx, rules: EarnRules, o: { orderId: string; memberId: string; paidFen: number; now: Date }) {
  const member = await requireMember(tx, o.memberId)
  const tierMultiplier = rules.table.find((t) => t.code === member.tier)?.benefits.pointsMultiplier ?? 1
  const buyer = { id: member._id, tier: member.tier, birthday: member.birthday }
  // A free order (paid 0) earns nothing and uses up no first-order campaign.
  const { multiplier: campaignMultiplier } = o.paidFen > 0 ? await orderCampaignsInTx(tx, rules.orderCampaigns, buyer, rules.table.map((t) => t.code), o.now) : { multiplier: 1 }
  const points = unwrap(earnPoints({ paidFen: o.paidFen, ratePerYuan: rules.ratePerYuan, tierMultiplier, campaignMultiplier }))
  const growth = unwrap(growthForSpend(o.paidFen))
  if (points > 0) {
    await postEarning(tx, { memberId: o.memberId, requestId: earnRequestId(o.orderId), code: 'earn.order', amount: points, expiresAt: pointsExpiry(o.now, rules.expiry), ref: { type: 'order', id: o.orderId }, now: o.now })
  }
  if (growth > 0) await addGrowth(tx, member, { amount: growth, code: 'growth.spend', requestId: `order-${o.orderId}`, now: o.now, table: rules.table })
  return { points, growth }
}
