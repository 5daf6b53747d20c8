import { err, ok, type Result } from '../result'
import { isPastValidity, withoutLock } from './coupon-status'
import type { Coupon } from './types'

/**
 * The order was cancelled or its payment timed out: the coupon goes back to the wallet
 * (or to 已过期 if its period ended meanwhile). Idempotent: releasing a coupon that is no
 * longer locked changes nothing, so timers and cancel retries can both call it.
 */
export function releaseCoupon(c: Coupon, { orderId, now }: { orderId: string; now: Date }): Result<Coupon> {
  // A used coupon comes back only through a refund.
  if (c.status === 'used') return err('COUPON.ALREADY_USED', '优惠券已使用')
  if (c.status !== 'locked') return ok(c)
  if (c.lockedBy?.orderId !== orderId) return err('COUPON.WRONG_ORDER', '优惠券已被其他订单占用')
  return ok({ ...withoutLock(c), status: isPastValidity(c, now) ? 'expired' : 'available' })
}
