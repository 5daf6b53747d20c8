import type { OrderDoc } from './order-doc'
import { releaseFromOrder } from '../coupon-lifecycle'
import { findById, type Tx } from '../db'
import { postSpendingReturn } from '../points-ledger'
import { returnGoodsInTx } from './order-source'

export const spendRequestId = (orderId: string) => `order-${orderId}`

/**
 * What an unpaid order holds goes back: stock (or its source's counters), the coupon lock, the points. Called in
 * the same transaction that moves the order to 已取消, which happens once; the ledger
 * and the coupon rule are idempotent on their own too.
 */
export async function releaseHolds(tx: Tx, inc: (n: number) => unknown, order: OrderDoc, now: Date): Promise<void> {
  await returnGoodsInTx(tx, inc, order)
  // Only a coupon this order still holds: a lapsed lock may have been released and reused.
  const coupon = order.couponId ? await findById<{ status: string; lockedBy: { orderId: string } | null }>(tx, 'coupons', order.couponId) : null
  if (order.couponId && coupon?.status === 'locked' && coupon.lockedBy?.orderId === order._id) {
    await releaseFromOrder(tx, order.couponId, order.memberId, { orderId: order._id, now })
  }
  if (order.money.pointsUsed > 0) {
    await postSpendingReturn(tx, { memberId: order.memberId, requestId: `order-return-${order._id}`, spendRequestId: spendRequestId(order._id), code: 'return.order', ref: { type: 'order', id: order._id }, now })
  }
}
