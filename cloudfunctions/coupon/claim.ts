import { canClaim } from '@/domain/coupons'
import { unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { claimKey, issueInTx, newCouponId, requireTemplate, toTemplate } from '../_shared/coupons'
import { onceOnly, replayOf } from '../_shared/idempotency'
import { requireMember } from '../_shared/members'
import { tierLadder } from '../_shared/settings'
import { walletView } from './present'

/**
 * coupon.claim: idempotent per requestId and safe under a crowd: stock, the member's
 * limit and the coupon are written in one transaction. A quick read first turns away
 * the crowd that arrives after the stock is gone, without touching the template.
 */
export async function claim(input: { requestId: string; templateId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const member = await requireMember(db, openid)
  const template = await requireTemplate(db, input.templateId)
  const ladder = await tierLadder(db)
  const replay = await replayOf(ctx, 'coupon.claim', input.requestId)
  if (!replay) {
    const counter = await findById<{ count: number }>(db, 'coupon_claims', claimKey(template._id, openid))
    unwrap(canClaim({ template: toTemplate(template), claimedSoFar: template.stock - template.left, claimedByMember: counter?.count ?? 0, memberTier: member.tier, now, tierLadder: ladder }))
  }
  return onceOnly(ctx, 'coupon.claim', input.requestId, async (tx) => {
    const coupon = await issueInTx(tx, { templateId: input.templateId, memberId: openid, memberTier: member.tier, tierLadder: ladder, couponId: newCouponId(), now })
    return { coupon: walletView(coupon, now) }
  })
}
