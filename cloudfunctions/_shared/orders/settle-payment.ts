/**
 * A payment reaching an order. Recorded once per (out_trade_no, transaction id) in
 * `payments`, in the same transaction as its effects, so WeChat's resends and parallel
 * duplicates change nothing. An unpaid order whose amount matches becomes paid (coupon
 * used, points and growth earned). Any other payment — for an order already cancelled
 * (a late payment), of the wrong amount, or a second one — is refunded in full,
 * automatically, under one out_refund_no, and recorded: money is never kept or lost.
 */
import { ActionError } from '../action-error'
import { useForOrder } from '../coupon-lifecycle'
import { findById, type Db, type Tx } from '../db'
import type { PaidNotice } from '../payment'
import { inTransaction } from '../transaction'
import { earnOnPayment, earnRules, type EarnRules } from './earn-on-payment'
import { moved, saveOrder, type OrderDoc } from './order-doc'
import { sourcePaidInTx } from './order-source'

/** Marks the order paid in `tx` with everything payment brings. */
export async function settlePaidInTx(tx: Tx, rules: EarnRules, order: OrderDoc, paid: { transactionId: string; totalFee: number }, now: Date): Promise<OrderDoc> {
  let next = moved(order, 'pay', 'payment', now)
  if (next.fulfilment.kind === 'pickup') next = moved(next, 'prepare', 'system', now)
  // The price was fixed when the coupon was locked: a payment is never refused over it. A
  // lock that lapsed and was reused elsewhere (a payment very late) is logged, not fatal.
  if (order.couponId) {
    await useForOrder(tx, order.couponId, order.memberId, { orderId: order._id, now }).catch((e: unknown) => {
      if (!(e instanceof ActionError && e.code.startsWith('COUPON.'))) throw e
      console.error(`[payment] order ${order._id}: coupon ${order.couponId} could not be marked used: ${e.code}`)
    })
  }
  const earned = await earnOnPayment(tx, rules, { orderId: order._id, memberId: order.memberId, paidFen: paid.totalFee, now })
  const saved = await saveOrder(tx, { ...next, paidAt: now, transactionId: paid.transactionId, pointsEarned: earned.points, growthEarned: earned.growth })
  return sourcePaidInTx(tx, saved)
}

export type PaymentOutcome = { outcome: 'paid' | 'refund' | 'unknown-order'; refundNo: string | null }

export async function applyPaidNotice(db: Db, notice: PaidNotice, now: Date): Promise<PaymentOutcome> {
  const rules = await earnRules(db)
  return inTransaction(db, async (tx) => {
    const payKey = `${notice.outTradeNo}:${notice.transactionId}`
    const seen = await findById<PaymentOutcome>(tx, 'payments', payKey)
    if (seen) return { outcome: seen.outcome, refundNo: seen.refundNo }
    const order = await findById<OrderDoc>(tx, 'orders', notice.outTradeNo)
    let result: PaymentOutcome
    if (!order) result = { outcome: 'unknown-order', refundNo: null }
    else if (order.status === 'unpaid' && notice.totalFee === order.money.payableFen) {
      const settled = await settlePaidInTx(tx, rules, order, notice, now)
      // A source may refund the order at once (a team buy with no seat left): sent after commit.
      const refundNo = settled.status === 'refunding' && settled.refund?.status === 'approved' ? settled.refund.outRefundNo : null
      result = { outcome: 'paid', refundNo }
    } else {
      const refundNo = `L${notice.transactionId}`.slice(0, 64)
      const why = order.status === 'cancelled' ? 'late-payment' : notice.totalFee !== order.money.payableFen ? 'amount-mismatch' : 'second-payment'
      await tx.collection('refunds').add({
        data: { _id: refundNo, orderId: order._id, memberId: order.memberId, kind: why, amountFen: notice.totalFee, totalFee: notice.totalFee, status: 'pending', createdAt: now, settledAt: null },
      })
      if (!order.latePayment) await saveOrder(tx, { ...order, latePayment: { transactionId: notice.transactionId, amountFen: notice.totalFee, outRefundNo: refundNo, refunded: false } })
      result = { outcome: 'refund', refundNo }
    }
    await tx.collection('payments').add({ data: { _id: payKey, orderId: notice.outTradeNo, transactionId: notice.transactionId, totalFee: notice.totalFee, ...result, at: now } })
    return result
  })
}
