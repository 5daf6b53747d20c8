import { err, ok, type Result } from '../result'
import { cartSubtotal, isValidCart } from './cart'
import { evaluateCoupon, type CheckoutContext } from './evaluate-coupon'
import type { CartLine, Coupon } from './types'

export type PricedOrder = { subtotalFen: number; discountFen: number; payableFen: number }

/**
 * What the member pays for the lines with (at most) one coupon — one coupon per order is
 * the stacking rule, so there is no list here. `null` prices the order without a coupon.
 * Refuses with the chooser's reason when the coupon does not apply.
 */
export function applyCoupon(lines: CartLine[], coupon: Coupon | null, ctx: Omit<CheckoutContext, 'lines'>): Result<PricedOrder> {
  if (!isValidCart(lines)) return err('COUPON.INVALID_CART', '购物车数据有误')
  const subtotalFen = cartSubtotal(lines)
  if (!coupon) return ok({ subtotalFen, discountFen: 0, payableFen: subtotalFen })
  const r = evaluateCoupon(coupon, { ...ctx, lines })
  if (!r.ok) return r
  const { discountFen } = r.value
  return ok({ subtotalFen, discountFen, payableFen: subtotalFen - discountFen })
}
