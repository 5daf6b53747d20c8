import type { TimerContext } from '../_shared/define-function'
import { findById, type Db } from '../_shared/db'
import type { OrderDoc } from '../_shared/orders/order-doc'
import { applyPaidNotice } from '../_shared/orders/settle-payment'
import { paymentService } from '../_shared/payment'
import { inTransaction } from '../_shared/transaction'
import { cancelInTx } from './cancel'

const PAGE = 50

/**
 * One unpaid order past its deadline: first ask the payment service (a payment callback
 * comes only on success, and can be late). Paid → applied as its notification would be.
 * Not paid → cancelled, giving back stock, coupon and points, once.
 * `force` (local 模拟超时后到账 only) skips the deadline.
 */
export async function expireOne(db: Db, orderId: string, now: Date, force = false): Promise<'paid' | 'cancelled' | 'skipped'> {
  const order = await findById<OrderDoc>(db, 'orders', orderId)
  if (!order || order.status !== 'unpaid' || (!force && new Date(order.payBy).getTime() > now.getTime())) return 'skipped'
  const trade = await paymentService(db).queryOrder(orderId)
  if (trade.paid && trade.transactionId && trade.totalFee !== undefined) {
    await applyPaidNotice(db, { kind: 'paid', outTradeNo: orderId, transactionId: trade.transactionId, totalFee: trade.totalFee }, now)
    return 'paid'
  }
  return inTransaction(db, async (tx) => {
    const fresh = await findById<OrderDoc>(tx, 'orders', orderId)
    if (!fresh || fresh.status !== 'unpaid') return 'skipped' as const
    await cancelInTx(tx, db, fresh, { event: 'expire', by: 'timer', reason: '超时未支付，已自动取消', now })
    return 'cancelled' as const
  })
}

/** Timer `expireUnpaid` (every minute): unpaid orders whose 15 minutes are up, a page at a time. */
export async function expireUnpaid({ db, now }: TimerContext) {
  const counts = { paid: 0, cancelled: 0, skipped: 0 }
  for (let round = 0; round < 20; round++) {
    const page = (await db.collection('orders').where({ status: 'unpaid', payBy: db.command.lte(now) }).orderBy('payBy', 'asc').limit(PAGE).field({ _id: true }).get()).data as { _id: string }[]
    let progressed = 0
    for (const { _id } of page) {
      // One order the payment service cannot answer for is retried next minute; the rest go on.
      const r = await expireOne(db, _id, now).catch((e: unknown) => (console.error(`[expireUnpaid] ${_id}`, e), 'skipped' as const))
      counts[r]++
      if (r !== 'skipped') progressed++
    }
    if (page.length < PAGE || progressed === 0) break
  }
  return counts
}
