import { err, ok, type Result } from '../result'
import { stateProblem } from './coupon-status'
import type { Coupon } from './types'

/**
 * An unpaid order holds the coupon until `until` (the payment deadline). Only an available,
 * currently valid coupon can be locked; a lapsed lock of another order no longer holds.
 * Locking again for the same order is a no-op (a retried checkout). Cart rules are the
 * chooser's job: call applyCoupon first.
 */
export function lockCoupon(c: Coupon, { orderId, until, now }: { orderId: string; until: Date; now: Date }): Result<Coupon> {
  if (c.status === 'locked' && c.lockedBy?.orderId === orderId && c.lockedBy.until.getTime() >= now.getTime()) return ok(c)
  const why = stateProblem(c, now)
  if (why) return err('COUPON.NOT_USABLE', why)
  if (until.getTime() <= now.getTime()) return err('COUPON.INVALID_LOCK', '锁定截止时间有误')
  return ok({ ...c, status: 'locked', lockedBy: { orderId, until } })
}
