import { err, ok, type Result } from '../result'
import { isPastValidity, lockHeld, withoutLock } from './coupon-status'
import type { Coupon } from './types'

/**
 * The expiry timer's transition: a coupon past its validTo becomes 已过期. Idempotent for
 * coupons already expired. A coupon still held by an unpaid order waits for that order:
 * it may yet be paid (see useCoupon), or released.
 */
export function expireCoupon(c: Coupon, now: Date): Result<Coupon> {
  if (c.status === 'expired') return ok(c)
  if (c.status === 'used') return err('COUPON.ALREADY_USED', '优惠券已使用')
  if (!isPastValidity(c, now)) return err('COUPON.NOT_EXPIRED', '优惠券尚未过期')
  if (lockHeld(c, now)) return err('COUPON.LOCKED', '优惠券正被订单占用')
  return ok({ ...withoutLock(c), status: 'expired' })
}
