import { growthForSpend, type TierTable } from '@/domain/member'
import { activeCampaign, earnPoints, pointsExpiry } from '@/domain/points'
import { pointsSettings, type PointsSettings } from '../../points/settings'
import { unwrap } from '../action-error'
import type { Db, Tx } from '../db'
import { addGrowth } from '../growth'
import { requireMember } from '../members'
import { postEarning } from '../points-ledger'
import { tierTable } from '../settings'

export type EarnRules = PointsSettings & { table: TierTable }

export const earnRules = async (db: Db): Promise<EarnRules> => ({ ...(await pointsSettings(db)), table: await tierTable(db) })

export const earnRequestId = (orderId: string) => `order-earn-${orderId}`

/**
 * Points and growth for a paid order, through the ledger (the same rule as the till):
 * floor(paid yuan × rate × tier multiplier × campaign multiplier); growth 1 per yuan.
 */
export async function earnOnPayment(tx: Tx, rules: EarnRules, o: { orderId: string; memberId: string; paidFen: number; now: Date }) {
  const member = await requireMember(tx, o.memberId)
  const tierMultiplier = rules.table.find((t) => t.code === member.tier)?.benefits.pointsMultiplier ?? 1
  const { multiplier: campaignMultiplier } = activeCampaign(rules.campaigns, o.now)
  const points = unwrap(earnPoints({ paidFen: o.paidFen, ratePerYuan: rules.ratePerYuan, tierMultiplier, campaignMultiplier }))
  const growth = unwrap(growthForSpend(o.paidFen))
  if (points > 0) {
    await postEarning(tx, { memberId: o.memberId, requestId: earnRequestId(o.orderId), code: 'earn.order', amount: points, expiresAt: pointsExpiry(o.now, rules.expiry), ref: { type: 'order', id: o.orderId }, now: o.now })
  }
  if (growth > 0) await addGrowth(tx, member, { amount: growth, code: 'growth.spend', requestId: `order-${o.orderId}`, now: o.now, table: rules.table })
  return { points, growth }
}
