import { compareIds } from './coupon-status'
import { evaluateCoupon, type CheckoutContext } from './evaluate-coupon'
import type { Coupon } from './types'

export type UsableCoupon = { coupon: Coupon; discountFen: number }
export type UnusableCoupon = { coupon: Coupon; reason: string }
export type CouponChoice = { usable: UsableCoupon[]; unusable: UnusableCoupon[]; best: UsableCoupon | null }

/**
 * Splits the member's coupons into usable (best first) and unusable (with the reason, in
 * the order given) for this order, and picks the best.
 *
 * Stacking rule: at most ONE coupon per order. So "best" is simply the largest discount;
 * ties go to the coupon that expires first (use it before it is lost), then to the smaller
 * id so that client preview and server always agree.
 */
export function chooseCoupons(ctx: CheckoutContext & { coupons: Coupon[] }): CouponChoice {
  const usable: UsableCoupon[] = []
  const unusable: UnusableCoupon[] = []
  for (const coupon of ctx.coupons) {
    const r = evaluateCoupon(coupon, ctx)
    if (r.ok) usable.push({ coupon, discountFen: r.value.discountFen })
    else unusable.push({ coupon, reason: r.message })
  }
  usable.sort(betterFirst)
  return { usable, unusable, best: usable[0] ?? null }
}

function betterFirst(a: UsableCoupon, b: UsableCoupon): number {
  if (a.discountFen !== b.discountFen) return b.discountFen - a.discountFen
  const expiry = a.coupon.validTo.getTime() - b.coupon.validTo.getTime()
  return expiry !== 0 ? expiry : compareIds(a.coupon, b.coupon)
}
