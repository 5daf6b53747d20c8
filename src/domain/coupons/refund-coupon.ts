import { err, ok, type Result } from '../result'
import { isPastValidity } from './coupon-status'
import type { Coupon, CouponStatus } from './types'

/**
 * A FULL refund of the order that used the coupon (partial refunds keep it used; the order
 * context decides which is which). A refundable coupon comes back to the wallet if still in
 * its period, otherwise it becomes 已过期; a non-refundable one stays used.
 * Pass `orderId` to make sure a retried refund of an old order cannot return a coupon that
 * was since re-used by another order.
 */
export function refundCoupon(c: Coupon, refundable: boolean, now: Date, orderId?: string): Result<Coupon> {
  if (c.status !== 'used') return err('COUPON.NOT_USED', '优惠券未使用，无需退回')
  if (orderId && c.usedByOrderId !== orderId) return err('COUPON.WRONG_ORDER', '优惠券不属于该订单')
  if (!refundable) return ok(c)
  const status: CouponStatus = isPastValidity(c, now) ? 'expired' : 'available'
  const back: Coupon = { ...c, status }
  delete back.usedAt
  delete back.usedByOrderId
  return ok(back)
}
