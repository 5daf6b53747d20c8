/**
 * A coupon's life with an order: available → locked (until the payment deadline) →
 * used; a lock returns on cancel or timeout; a used coupon returns on a full refund
 * where the template allows. Each step is a domain transition written in the caller's
 * transaction; orders call these, clients never do.
 */
import { lockCoupon, refundCoupon, releaseCoupon, useCoupon, type Coupon } from '@/domain/coupons'
import type { Result } from '@/domain/result'
import { unwrap } from './action-error'
import type { Tx } from './db'
import { requireOwnCoupon, toCoupon } from './coupons'

async function step(tx: Tx, couponId: string, memberId: string, next: (c: Coupon) => Result<Coupon>): Promise<Coupon> {
  const coupon = toCoupon(await requireOwnCoupon(tx, couponId, memberId))
  const after = unwrap(next(coupon))
  const { id, lockedBy, ...rest } = after
  await tx.collection('coupons').doc(id).set({ data: { ...rest, lockedBy: lockedBy ?? null, claimedAt: (coupon as Coupon & { claimedAt?: Date }).claimedAt ?? coupon.validFrom } })
  return after
}

export const lockForOrder = (tx: Tx, couponId: string, memberId: string, lock: { orderId: string; until: Date; now: Date }) => step(tx, couponId, memberId, (c) => lockCoupon(c, lock))

export const releaseFromOrder = (tx: Tx, couponId: string, memberId: string, release: { orderId: string; now: Date }) => step(tx, couponId, memberId, (c) => releaseCoupon(c, release))

export const useForOrder = (tx: Tx, couponId: string, memberId: string, use: { orderId: string; now: Date }) => step(tx, couponId, memberId, (c) => useCoupon(c, use))

export const refundToWallet = (tx: Tx, couponId: string, memberId: string, refund: { orderId: string; now: Date; refundable: boolean }) =>
  step(tx, couponId, memberId, (c) => refundCoupon(c, refund.refundable, refund.now, refund.orderId))
