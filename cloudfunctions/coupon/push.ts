import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { issueInTx, newCouponId, requireTemplate } from '../_shared/coupons'
import { requireStaff, type MemberDoc } from '../_shared/members'
import { inTransaction } from '../_shared/transaction'

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
    const member = (await db.collection('members').where({ cardNo }).limit(1).get()).data[0] as MemberDoc | undefined
    if (!member) {
      skipped.push({ cardNo, reason: '未找到该会员' })
      continue
    }
    const key = `coupon.push:${admin._id}:${input.requestId}:${cardNo}`
    try {
      await inTransaction(db, async (tx) => {
        if (await findById(tx, 'requests', key)) return
        const coupon = await issueInTx(tx, { templateId: template._id, memberId: member._id, memberTier: member.tier, couponId: newCouponId(), now })
        await tx.collection('requests').add({ data: { _id: key, scope: 'coupon.push', openid: admin._id, result: { couponId: coupon.id }, at: now } })
      })
      sent.push(cardNo)
    } catch (e) {
      if (!(e instanceof ActionError)) throw e
      skipped.push({ cardNo, reason: e.message })
    }
  }
  return { sent, skipped }
}
