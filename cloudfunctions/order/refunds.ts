import { planRefund } from '@/domain/orders'
import { ActionError, unwrap } from '../_shared/action-error'
import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, requestKey } from '../_shared/idempotency'
import { requireStaff } from '../_shared/members'
import { refundAndDeliver } from '../_shared/orders/notifications'
import { moved, requireOrder, requireOwnOrder, saveOrder, type OrderDoc } from '../_shared/orders/order-doc'
import { orderView, orderViews } from './view'
import { orderRefusal } from '../_shared/orders/refusal'

/** order.refund.request (member): ask for all that is left, or part of it. */
export async function requestRefund(input: { requestId: string; orderId: string; amountFen?: number; reason: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const order = await onceOnly(ctx, 'order.refund.request', input.requestId, async (tx) => {
    const found = await requireOwnOrder(tx, input.orderId, openid)
    const amountFen = input.amountFen ?? found.money.payableFen - found.refundedFen
    unwrap(planRefund({ paidFen: found.money.payableFen, refundedFen: found.refundedFen, refundFen: amountFen, pointsUsed: found.money.pointsUsed, pointsEarned: found.pointsEarned, pointsReversed: found.pointsReversed }))
    const next = moved(found, 'request_refund', openid, now)
    return saveOrder(tx, {
      ...next,
      statusBefore: found.status,
      refund: { status: 'requested', amountFen, reason: input.reason, requestedAt: now, reviewedBy: null, note: null, outRefundNo: null, settledAt: null },
    })
  })
  return { order: await orderView(db, await requireOrder(db, order._id), now) }
}

/**
 * order.refund.review (staff of the order's store, or admin). Approving records the
 * refund under a new out_refund_no and asks the payment service; the refund
 * notification settles it and gives back what the refund rule says. A replay asks the
 * payment service again with the same out_refund_no (a lost call is retried, never
 * doubled). Rejecting puts the order back where it was.
 */
export async function reviewRefund(input: { requestId: string; orderId: string; approve: boolean; note?: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const replay = await findById(db, 'requests', requestKey('order.refund.review', openid, input.requestId))
  const staff = replay ? null : await requireStaff(db, openid)
  const order = await onceOnly(ctx, 'order.refund.review', input.requestId, async (tx) => {
    const found = await requireOrder(tx, input.orderId)
    if (staff && staff.role !== 'admin' && found.storeId !== staff.storeId) throw new ActionError('COMMON.FORBIDDEN', '没有权限处理该订单')
    if (found.status !== 'refunding' || found.refund?.status !== 'requested') throw orderRefusal('BAD_STATE', '没有待处理的退款申请')
    const refund = { ...found.refund, reviewedBy: openid, note: input.note ?? null }
    if (!input.approve) return saveOrder(tx, { ...moved(found, 'reject_refund', openid, now), statusBefore: null, refund: { ...refund, status: 'rejected' } })
    const outRefundNo = `R${found._id}-${found.refundCount + 1}`
    await tx.collection('refunds').add({
      data: { _id: outRefundNo, orderId: found._id, memberId: found.memberId, kind: 'member', amountFen: refund.amountFen, totalFee: found.money.payableFen, status: 'pending', createdAt: now, settledAt: null },
    })
    return saveOrder(tx, { ...found, refundCount: found.refundCount + 1, refund: { ...refund, status: 'approved', outRefundNo } })
  })
  if (order.refund?.status === 'approved' && order.refund.outRefundNo) await refundAndDeliver(db, order.refund.outRefundNo, now)
  return { order: await orderView(db, await requireOrder(db, order._id), now) }
}

/** order.refund.pending (staff: their store; admin: every store): requests waiting for review. */
export async function pendingRefunds(_input: unknown, { db, openid, now }: ActionContext) {
  const staff = await requireStaff(db, openid)
  const where: Record<string, unknown> = { 'refund.status': 'requested' }
  if (staff.role !== 'admin') where.storeId = staff.storeId
  const docs = (await db.collection('orders').where(where).limit(100).get()).data as OrderDoc[]
  return { items: await orderViews(db, docs, now) }
}
