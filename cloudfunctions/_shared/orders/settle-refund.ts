/**
 * A refund notification settles a refund (the refund call's reply does not): once per
 * out_refund_no, in one transaction. A member's refund then gives back what the refund
 * rule says (domain/orders/refund-plan): for a full refund the points used, the coupon
 * where its template allows, and the stock if the goods never left the store; and takes
 * back the points earned, in proportion for a partial refund, through the reversal rule.
 * A late payment's refund is marked refunded on its order.
 */
import { planRefund } from '@/domain/orders'
import { unwrap } from '../action-error'
import { refundToWallet } from '../coupon-lifecycle'
import { findById, type Db, type Tx } from '../db'
import type { RefundNotice } from '../payment'
import { postReversal, postSpendingReturn } from '../points-ledger'
import { returnGoodsInTx } from './order-source'
import { inTransaction } from '../transaction'
import { earnRequestId } from './earn-on-payment'
import { moved, saveOrder, type OrderDoc } from './order-doc'
import { spendRequestId } from './release-holds'
import type { RefundDoc } from './send-refund'

/** Goods still in the store go back on the shelf; picked up or shipped ones do not. */
const GOODS_IN_STORE = new Set(['paid', 'awaiting_pickup'])

async function settleMemberRefund(tx: Tx, inc: (n: number) => unknown, order: OrderDoc, refund: RefundDoc, now: Date): Promise<void> {
  const plan = unwrap(planRefund({ paidFen: order.money.payableFen, refundedFen: order.refundedFen, refundFen: refund.amountFen, pointsUsed: order.money.pointsUsed, pointsEarned: order.pointsEarned, pointsReversed: order.pointsReversed }))
  const ref = { type: 'order', id: order._id }
  if (plan.pointsToReverse > 0) {
    await postReversal(tx, { memberId: order.memberId, requestId: `order-reverse-${refund._id}`, earningRequestId: earnRequestId(order._id), amount: plan.pointsToReverse, code: 'reverse.refund', ref, now })
  }
  if (plan.pointsBack > 0) {
    await postSpendingReturn(tx, { memberId: order.memberId, requestId: `order-return-${order._id}`, spendRequestId: spendRequestId(order._id), code: 'return.order', ref, now })
  }
  if (plan.couponBack && order.couponId) {
    const coupon = await findById<{ templateId: string }>(tx, 'coupons', order.couponId)
    const template = coupon ? await findById<{ refundable?: boolean }>(tx, 'coupon_templates', coupon.templateId) : null
    await refundToWallet(tx, order.couponId, order.memberId, { orderId: order._id, now, refundable: template?.refundable === true })
  }
  if (plan.full && order.statusBefore && GOODS_IN_STORE.has(order.statusBefore)) await returnGoodsInTx(tx, inc, order)
  const after = moved(order, plan.full ? 'settle_refund' : 'settle_partial_refund', 'payment', now)
  const state = order.refund ? { ...order.refund, status: 'settled' as const, settledAt: now } : null
  await saveOrder(tx, { ...after, statusBefore: null, refundedFen: order.refundedFen + refund.amountFen, pointsReversed: order.pointsReversed + plan.pointsToReverse, refund: state })
}

export async function applyRefundNotice(db: Db, notice: RefundNotice, now: Date): Promise<'settled' | 'failed' | 'duplicate' | 'unknown'> {
  return inTransaction(db, async (tx) => {
    const refund = await findById<RefundDoc>(tx, 'refunds', notice.outRefundNo)
    if (!refund || refund.amountFen !== notice.refundFee) return 'unknown'
    if (refund.status !== 'pending') return 'duplicate'
    const order = await findById<OrderDoc>(tx, 'orders', refund.orderId)
    if (!order) return 'unknown'
    const status = notice.status === 'SUCCESS' ? 'settled' : 'failed'
    await tx.collection('refunds').doc(refund._id).update({ data: { status, settledAt: now } })
    if (status === 'failed') {
      // Staff see it and approve again (a new out_refund_no); nothing was given back.
      if (refund.kind === 'member' && order.refund) await saveOrder(tx, { ...order, refund: { ...order.refund, status: 'failed' } })
      return 'failed'
    }
    if (refund.kind === 'member') await settleMemberRefund(tx, db.command.inc, order, refund, now)
    else if (order.latePayment?.outRefundNo === refund._id) await saveOrder(tx, { ...order, latePayment: { ...order.latePayment, refunded: true } })
    return 'settled'
  })
}
