/**
 * A full refund the merchant owes without the member asking (a team buy that failed, a
 * payment that found its team full): the order goes to 退款中 with the refund already
 * approved, and a refund record under the order's next out_refund_no, in the caller's
 * transaction. Once per order: an order already refunding with an approved refund
 * answers that refund's out_refund_no again (so a retry re-sends the same refund, never a
 * second one), and an order no longer paid answers null. The caller sends the refund
 * after its transaction commits (refundAndDeliver); the refund notification settles it
 * as any member refund (points, coupon and the goods' counters come back).
 */
import type { Tx } from '../db'
import { moved, saveOrder, type OrderDoc } from './order-doc'

const PAID = new Set(['paid', 'awaiting_pickup', 'shipped'])

export async function refundInFullInTx(tx: Tx, order: OrderDoc, reason: string, by: string, now: Date): Promise<{ order: OrderDoc; refundNo: string | null }> {
  if (order.status === 'refunding' && order.refund?.status === 'approved' && order.refund.outRefundNo) return { order, refundNo: order.refund.outRefundNo }
  // A request the member made and staff have not reviewed yet is approved in full here.
  const asked = order.status === 'refunding' && order.refund?.status === 'requested' ? order.refund : null
  if (!asked && !PAID.has(order.status)) return { order, refundNo: null }
  const amountFen = order.money.payableFen - order.refundedFen
  const refundNo = `R${order._id}-${order.refundCount + 1}`
  await tx.collection('refunds').add({
    data: { _id: refundNo, orderId: order._id, memberId: order.memberId, kind: 'member', amountFen, totalFee: order.money.payableFen, status: 'pending', createdAt: now, settledAt: null },
  })
  const next: OrderDoc = {
    ...(asked ? order : moved(order, 'request_refund', by, now)),
    statusBefore: asked ? order.statusBefore : order.status,
    refundCount: order.refundCount + 1,
    refund: { status: 'approved', amountFen, reason: asked?.reason ?? reason, requestedAt: asked?.requestedAt ?? now, reviewedBy: by, note: asked ? reason : null, outRefundNo: refundNo, settledAt: null },
  }
  return { order: await saveOrder(tx, next), refundNo }
}
