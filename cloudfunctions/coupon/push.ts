import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { issueInTx, newCouponId, requireTemplate } from '../_shared/coupons'
import { onceOnly } from '../_shared/idempotency'
import { memberByCardNo, requireStaff } from '../_shared/members'

/**
 * coupon.push (admin): the merchant sends a coupon to a list of members by card number.
 * Each member is its own transaction with its own idempotency record, so a retried push
 * sends nobody a second coupon and one refusal (limit, tier, stock) skips only that one.
 */
export async function push(input: { requestId: string; templateId: string; cardNos: string[] }, { db, openid, now }: ActionContext) {
  const admin = await requireStaff(db, openid, 'admin')
  const template = await requireTemplate(db, input.templateId)
  if (template.issuedBy !== 'push') throw new ActionError('COUPON.NOT_PUSHABLE', '该券不能由商家推送')
  const sent: string[] = []
  const skipped: { cardNo: string; reason: string }[] = []
  for (const cardNo of [...new Set(input.cardNos)]) {
    const member = await memberByCardNo(db, cardNo)
    if (!member) {
      skipped.push({ cardNo, reason: '未找到该会员' })
      continue
    }
    try {
      // One idempotency record per (push, member): a retried push sends nobody a second one.
      await onceOnly({ db, openid: admin._id, now }, 'coupon.push', `${input.requestId}:${cardNo}`, async (tx) => {
        const coupon = await issueInTx(tx, { templateId: template._id, memberId: member._id, memberTier: member.tier, couponId: newCouponId(), now })
        return { couponId: coupon.id }
      })
      sent.push(cardNo)
    } catch (e) {
      if (!(e instanceof ActionError)) throw e
      skipped.push({ cardNo, reason: e.message })
    }
  }
  return { sent, skipped }
}
