import { err, ok, type Result } from '../result'
import { stateProblem, withoutLock } from './coupon-status'
import type { Coupon } from './types'

/**
 * Marks the coupon used, once.
 * - locked by `orderId` → used: the order was paid. This holds even if the lock deadline
 *   or the validity ended while the payment was in flight: the price was fixed at lock time.
 * - available → used: staff redeem it in store (no order id), or a zero-payable order.
 * Using it again for the same order is a no-op (a retried payment callback).
 */
export function useCoupon(c: Coupon, { orderId, now }: { orderId?: string; now: Date }): Result<Coupon> {
  if (c.status === 'used') {
    return orderId && c.usedByOrderId === orderId ? ok(c) : err('COUPON.ALREADY_USED', '优惠券已使用')
  }
  const heldByThisOrder = c.status === 'locked' && !!orderId && c.lockedBy?.orderId === orderId
  if (!heldByThisOrder) {
    const why = stateProblem(c, now, orderId)
    if (why) return err('COUPON.NOT_USABLE', why)
  }
  const used: Coupon = { ...withoutLock(c), status: 'used', usedAt: now }
  if (orderId) used.usedByOrderId = orderId
  return ok(used)
}
