import { growthForSpend } from '@/domain/member'
import { checkTillPurchase, earnPoints, pointsExpiry } from '@/domain/points'
import { unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { addGrowth } from '../_shared/growth'
import { onceOnly, replayOr } from '../_shared/idempotency'
import { refuseOwnAccount, requireMember, requireStaff } from '../_shared/members'
import { orderCampaignsInTx, orderPaidCampaigns } from '../_shared/order-campaigns'
import { postEarning, usablePoints } from '../_shared/points-ledger'
import { scanMemberCode, useScannedCode } from '../_shared/scanned-code'
import { logStaffWork } from '../_shared/staff-work'
import { tierTable } from '../_shared/settings'
import { pointsSettings } from './settings'
import { claimTillReceipt } from './till-receipt'

const SCOPE = 'points.till.earn'

/**
 * points.till.earn (staff): the member shows their code, staff enter what was paid.
 * Points = paid yuan × rate × tier multiplier × campaign multiplier, floored (the campaigns
 * of a paid order, the same as online: largest multiplier wins, rewards once per period); growth = 1
 * per whole yuan, and a member who crosses a threshold upgrades on the spot. The code
 * is used up by this action, in the same transaction as the points and the growth.
 * A replay gets its first reply before the code's age is looked at: a retry after the
 * code's minute must not tell the cashier to scan again (and award twice).
 */
export async function tillEarn(input: { requestId: string; code: string; paidFen: number; receiptNo?: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const staff = await requireStaff(db, openid)
  return replayOr(ctx, SCOPE, input.requestId, async () => {
    const settings = await pointsSettings(db)
    unwrap(checkTillPurchase({ paidFen: input.paidFen, ceilingFen: settings.tillCeilingFen }))
    const { claims, member: found } = await scanMemberCode(db, input.code, now)
    refuseOwnAccount(staff, found._id)
    const table = await tierTable(db)
    const tierMultiplier = table.find((t) => t.code === found.tier)?.benefits.pointsMultiplier ?? 1
    const campaigns = await orderPaidCampaigns(db, settings.campaigns)
    const growth = unwrap(growthForSpend(input.paidFen))
    return onceOnly(ctx, SCOPE, input.requestId, async (tx) => {
      if (input.receiptNo) await claimTillReceipt(tx, { storeId: staff.storeId, receiptNo: input.receiptNo, staffId: staff._id, memberId: found._id, now })
      await useScannedCode(tx, claims, { staffId: staff._id, purpose: 'till', now })
      const member = await requireMember(tx, found._id)
      const buyer = { id: member._id, tier: member.tier, birthday: member.birthday }
      const { multiplier: campaignMultiplier, campaign } = await orderCampaignsInTx(tx, campaigns, buyer, table.map((t) => t.code), now)
      const amount = unwrap(earnPoints({ paidFen: input.paidFen, ratePerYuan: settings.ratePerYuan, tierMultiplier, campaignMultiplier }))
      const requestId = `till-${staff._id}-${input.requestId}`
      let tierUpgradedTo: string | null = null
      if (growth > 0) {
        const { tier, upgraded } = await addGrowth(tx, member, { amount: growth, code: 'growth.spend', requestId, now, table })
        if (upgraded) tierUpgradedTo = table.find((t) => t.code === tier)?.name ?? null
      }
      if (amount > 0) {
        await postEarning(tx, {
          memberId: member._id,
          requestId,
          code: 'earn.till',
          amount,
          expiresAt: pointsExpiry(now, settings.expiry),
          ref: { type: 'till', id: input.receiptNo ?? input.requestId, storeId: staff.storeId },
          now,
        })
      }
      const balance = await usablePoints(tx, member._id, now)
      await logStaffWork(tx, staff, input.requestId, { kind: 'award', memberId: member._id, cardNo: member.cardNo, points: amount, paidFen: input.paidFen, ledgerRequestId: requestId, ref: input.receiptNo ?? null }, now)
      return { points: amount, balance, growth, tierUpgradedTo, multiplier: tierMultiplier * campaignMultiplier, campaign: campaign?.name ?? null, cardNo: member.cardNo }
    })
  })
}
