import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { issueInTx, newCouponId, requireTemplate } from '../_shared/coupons'
import { onceOnly, replayOr } from '../_shared/idempotency'
import { refuseOwnAccount, requireMember, requireStaff } from '../_shared/members'
import { scanMemberCode, useScannedCode } from '../_shared/scanned-code'
import { tierLadder } from '../_shared/settings'

const SCOPE = 'coupon.gift'

/**
 * coupon.gift (staff): a staff member gives a member a coupon of a template meant for
 * staff gifts, by scanning the member's code (used up by this action). A replay gets
 * its first reply before the code's age is looked at; staff cannot gift themselves.
 */
export async function gift(input: { requestId: string; code: string; templateId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const staff = await requireStaff(db, openid)
  return replayOr(ctx, SCOPE, input.requestId, async () => {
    const template = await requireTemplate(db, input.templateId)
    if (template.issuedBy !== 'staff') throw new ActionError('COUPON.NOT_GIFTABLE', '该券不能由店员赠送')
    const { claims, member: found } = await scanMemberCode(db, input.code, now)
    refuseOwnAccount(staff, found._id)
    const ladder = await tierLadder(db)
    return onceOnly(ctx, SCOPE, input.requestId, async (tx) => {
      await useScannedCode(tx, claims, { staffId: staff._id, purpose: 'gift', now })
      const member = await requireMember(tx, found._id)
      const coupon = await issueInTx(tx, { templateId: template._id, memberId: member._id, memberTier: member.tier, tierLadder: ladder, couponId: newCouponId(), now })
      return { couponId: coupon.id, title: coupon.title, cardNo: member.cardNo }
    })
  })
}
