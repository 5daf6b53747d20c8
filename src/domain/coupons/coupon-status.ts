import { startsReason } from './format'
import type { Coupon } from './types'

/** A lock holds until its deadline; after that the coupon is free again even before the timer releases it. */
export const lockHeld = (c: Coupon, now: Date): boolean =>
  c.status === 'locked' && !!c.lockedBy && now.getTime() <= c.lockedBy.until.getTime()

/** validTo is inclusive. */
export const isPastValidity = (c: Coupon, now: Date): boolean => now.getTime() > c.validTo.getTime()

/**
 * Why a coupon's state or period (not the cart) keeps it from being used now by `orderId`, or null.
 * Shared by the chooser and the lock/use transitions so both refuse for the same reasons.
 */
export function stateProblem(c: Coupon, now: Date, orderId?: string): string | null {
  if (c.status === 'used') return '优惠券已使用'
  if (c.status === 'expired' || isPastValidity(c, now)) return '优惠券已过期'
  if (lockHeld(c, now) && c.lockedBy!.orderId !== orderId) return '优惠券已被其他订单占用'
  if (now.getTime() < c.validFrom.getTime()) return startsReason(c.validFrom)
  return null
}

/** Plain code-unit order of ids: localeCompare could differ between client and server. */
export const compareIds = (a: Coupon, b: Coupon): number => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/** A copy of the coupon without its lock. */
export function withoutLock(c: Coupon): Coupon {
  const next = { ...c }
  delete next.lockedBy
  return next
}
