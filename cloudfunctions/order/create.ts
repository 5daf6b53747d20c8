import { payDeadline } from '@/domain/orders'
import type { FulfilmentInput } from '@/contracts/order'
import { lockForOrder } from '../_shared/coupon-lifecycle'
import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, requestKey } from '../_shared/idempotency'
import type { OrderDoc } from '../_shared/orders/order-doc'
import { newOrderId, unpaidOrder } from '../_shared/orders/new-order'
import { spendRequestId } from '../_shared/orders/release-holds'
import { earnRules } from '../_shared/orders/earn-on-payment'
import { settlePaidInTx } from '../_shared/orders/settle-payment'
import { postSpending } from '../_shared/points-ledger'
import { closeOrderedHold, holdToOrder, openHold, returnHold, takeHeldStock } from '../_shared/stock-holds'
import { brandSettings } from '../_shared/settings'
import { loadCheckout, namedLines, type CheckoutInput } from './checkout'
import { toOrderView } from './view'
import { orderRefusal } from '../_shared/orders/refusal'

/** A coupon lock outlives the payment window, so the order's own expiry (which asks the payment service first) returns it, not the coupon timer. */
const LOCK_GRACE_MS = 10 * 60_000

type CreateInput = CheckoutInput & { requestId: string; expectedPayableFen?: number; fulfilment: FulfilmentInput }

/**
 * order.create, once per requestId:
 * 1. a replay answers the first reply before anything else is checked;
 * 2. price from the database (domain rule), refuse if the price moved since the preview;
 * 3. open a stock hold keyed by the requestId, then take the stock by conditional
 *    decrements that mark the hold on each SKU (once per hold, however often retried);
 * 4. one transaction: the hold becomes the order's, lock the coupon, hold the points
 *    (ledger), write the order and the reply. A refusal returns the hold's stock at once;
 *    a crash leaves the hold open, and a retry of the same requestId carries on with it,
 *    or the reclaim timer returns it after the grace period (_shared/stock-holds.ts).
 */
export async function create(input: CreateInput, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const seen = await findById<{ result: unknown }>(db, 'requests', requestKey('order.create', openid, input.requestId))
  if (seen) return seen.result as { order: ReturnType<typeof toOrderView> }

  const c = await loadCheckout(db, openid, input, now)
  const { money } = c.priced
  if (input.expectedPayableFen !== undefined && input.expectedPayableFen !== money.payableFen) throw orderRefusal('PRICE_CHANGED')
  const rules = money.payableFen === 0 ? await earnRules(db) : null
  const orderId = newOrderId(now)
  const payBy = payDeadline(now)
  const lines = namedLines(c)
  const shipFrom = input.fulfilment.kind === 'delivery' ? ((await brandSettings(db)).deliveryStoreId ?? null) : null
  const hold = await openHold(db, openid, input.requestId, lines, now)
  if (hold.status !== 'held') return replayAfterHold(ctx, input.requestId)

  try {
    await takeHeldStock(db, hold)
    const reply = await onceOnly(ctx, 'order.create', input.requestId, async (tx) => {
      await holdToOrder(tx, hold._id, orderId, now)
      if (c.priced.coupon) await lockForOrder(tx, c.priced.coupon.couponId, openid, { orderId, until: new Date(payBy.getTime() + LOCK_GRACE_MS), now })
      if (money.pointsUsed > 0) await postSpending(tx, { memberId: openid, requestId: spendRequestId(orderId), code: 'spend.order', amount: money.pointsUsed, ref: { type: 'order', id: orderId }, now })
      let order: OrderDoc = unpaidOrder({
        orderId,
        memberId: openid,
        requestId: input.requestId,
        fulfilment: input.fulfilment,
        storeId: c.store?._id ?? null,
        lines,
        money,
        couponId: c.priced.coupon?.couponId ?? null,
        couponTitle: c.couponTitle,
        payBy,
        now,
      })
      if (shipFrom) order.shipFrom = shipFrom
      const { _id, ...data } = order
      await tx.collection('orders').add({ data: { _id, ...data } })
      // Nothing to pay (the coupon covered it all): paid at once, no payment service involved.
      if (rules) order = await settlePaidInTx(tx, rules, order, { transactionId: `free-${orderId}`, totalFee: 0 }, now)
      return { order: toOrderView(order, now, c.store) }
    })
    // The SKUs' markers are no longer needed (best effort: the reclaim timer clears what is left).
    if (reply.order.orderId === orderId) await closeOrderedHold(db, { ...hold, status: 'ordered' }, now).catch(() => undefined)
    return reply
  } catch (e) {
    // A refusal (sold out, coupon gone) gives the stock back now; 'ordered' if a parallel replay won.
    await returnHold(db, hold._id, now).catch(() => undefined)
    throw e
  }
}

/** The hold was already ordered or returned: the first reply if the order exists, else start again. */
async function replayAfterHold(ctx: ActionContext, requestId: string) {
  const seen = await findById<{ result: unknown }>(ctx.db, 'requests', requestKey('order.create', ctx.openid, requestId))
  if (seen) return seen.result as { order: ReturnType<typeof toOrderView> }
  throw orderRefusal('HOLD_EXPIRED')
}
