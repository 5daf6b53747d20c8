import type { Db } from '../_shared/db'
import type { ActionContext, TimerContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly, replayOf } from '../_shared/idempotency'
import { runJob } from '../_shared/jobs/run-job'
import { moved, requireOrder, requireOwnOrder, saveOrder, type OrderDoc } from '../_shared/orders/order-doc'
import { orderRefusal } from '../_shared/orders/refusal'
import { inTransaction } from '../_shared/transaction'
import { orderView } from './view'

const PAGE = 50

const completed = (order: OrderDoc, by: string, now: Date): OrderDoc => ({ ...moved(order, 'complete', by, now), completedAt: now })

/** order.complete (member, 确认收货): a shipped order is 已完成, once. A replay answers first. */
export async function complete(input: { requestId: string; orderId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const seen = await replayOf<{ orderId: string }>(ctx, 'order.complete', input.requestId)
  if (!seen) {
    await onceOnly(ctx, 'order.complete', input.requestId, async (tx) => {
      const found = await requireOwnOrder(tx, input.orderId, openid)
      if (found.status !== 'shipped') throw orderRefusal('BAD_STATE', found.status === 'completed' ? '订单已确认收货' : '订单当前不能确认收货')
      await saveOrder(tx, completed(found, openid, now))
      return { orderId: found._id }
    })
  }
  return { order: await orderView(db, await requireOrder(db, input.orderId), now) }
}

/** One shipped order past its auto-complete time, re-read in the transaction: completed once. */
async function autoCompleteOne(db: Db, orderId: string, now: Date): Promise<boolean> {
  return inTransaction(db, async (tx) => {
    const order = await findById<OrderDoc>(tx, 'orders', orderId)
    if (!order || order.status !== 'shipped' || !order.shipment || new Date(order.shipment.autoCompleteAt).getTime() > now.getTime()) return false
    await saveOrder(tx, completed(order, 'timer', now))
    return true
  })
}

/**
 * Timer `autoComplete` (every 10 minutes): shipped orders the member did not confirm within
 * AUTO_COMPLETE_DAYS complete by themselves; drained as a resumable job.
 */
export async function autoComplete({ db, now }: TimerContext) {
  const { changed, job } = await runJob<{ _id: string }>(db, now, {
    name: 'order.autoComplete',
    period: 'continuous',
    pageSize: PAGE,
    drain: true,
    page: async () =>
      (await db.collection('orders').where({ status: 'shipped', 'shipment.autoCompleteAt': db.command.lte(now) }).orderBy('shipment.autoCompleteAt', 'asc').limit(PAGE).field({ _id: true }).get()).data as { _id: string }[],
    visit: async (page) => {
      let done = 0
      for (const { _id } of page) if (await autoCompleteOne(db, _id, now)) done++
      return done
    },
  })
  return { completed: changed, job: { invocations: job.invocations, done: job.done } }
}
