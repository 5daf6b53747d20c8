import { findById, type Db } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, requestKey } from '../_shared/idempotency'
import { applyPaidNotice } from '../_shared/orders/settle-payment'
import { paymentService } from '../_shared/payment'
import { moved, requireOrder, requireOwnOrder, saveOrder, type OrderDoc } from '../_shared/orders/order-doc'
import { releaseHolds } from '../_shared/orders/release-holds'
import type { Tx } from '../_shared/db'
import { orderView } from './view'
import { orderRefusal } from '../_shared/orders/refusal'

/**
 * Moves an unpaid order to 已取消 and gives back what it held, in one transaction that
 * re-reads the order: a second cancel, a timer firing twice or a cancel racing the
 * timer finds it no longer unpaid, and nothing is given back twice.
 */
export async function cancelInTx(tx: Tx, db: Db, order: OrderDoc, how: { event: 'cancel' | 'expire'; by: string; reason: string; now: Date }): Promise<OrderDoc> {
  const next = moved(order, how.event, how.by, how.now)
  await releaseHolds(tx, db.command.inc, order, how.now)
  return saveOrder(tx, { ...next, cancelledAt: how.now, cancelReason: how.reason })
}

/**
 * order.cancel (member): cancel before paying. The payment service is asked first, as
 * the timer does: a member who paid a moment ago (its notification still on the way)
 * gets a paid order, not a cancelled one and a refund. A replay answers first.
 */
export async function cancel(input: { requestId: string; orderId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const replay = await findById(db, 'requests', requestKey('order.cancel', openid, input.requestId))
  const current = await requireOwnOrder(db, input.orderId, openid)
  if (!replay && current.status === 'unpaid') {
    const trade = await paymentService(db).queryOrder(current._id)
    if (trade.paid && trade.transactionId && trade.totalFee !== undefined) {
      await applyPaidNotice(db, { kind: 'paid', outTradeNo: current._id, transactionId: trade.transactionId, totalFee: trade.totalFee }, now)
      throw orderRefusal('BAD_STATE', '订单已支付，不能取消')
    }
  }
  const order = await onceOnly(ctx, 'order.cancel', input.requestId, async (tx) => {
    const found = await requireOwnOrder(tx, input.orderId, openid)
    if (found.status !== 'unpaid') throw orderRefusal('BAD_STATE', '订单当前状态不能取消')
    return cancelInTx(tx, db, found, { event: 'cancel', by: openid, reason: '用户取消', now })
  })
  return { order: await orderView(db, await requireOrder(db, order._id), now) }
}
