import { err, ok, type Result } from '../result'
import { eligibleSubtotal, isValidCart } from './cart'
import { checkCouponUse, type CouponUse } from './check-coupon-use'
import { formatYuan } from './format'
import type { CartLine, Coupon } from './types'

/** Everything the chooser needs to know about the order being priced. */
export type CheckoutContext = CouponUse & { lines: CartLine[] }

const notUsable = (reason: string) => err('COUPON.NOT_USABLE', reason)

/**
 * THE coupon rule, shared by client preview and server: whether the coupon applies to this
 * order and how many fen it takes off, or the reason (Chinese, shown as is) it does not.
 */
export function evaluateCoupon(c: Coupon, ctx: CheckoutContext): Result<{ discountFen: number }> {
  if (!isValidCart(ctx.lines)) return err('COUPON.INVALID_CART', '购物车数据有误')
  const usable = checkCouponUse(c, ctx)
  if (!usable.ok) return usable

  const eligible = eligibleSubtotal(ctx.lines, c)
  if (eligible === 0) return notUsable(c.kind === 'exchange' ? '购物车中没有兑换商品' : '不适用于所选商品')
  const discount = rawDiscount(c, ctx.lines, eligible)
  if (typeof discount === 'string') return notUsable(discount)
  if (discount <= 0) return notUsable('订单金额过低，暂不可用')
  // A coupon never takes off more than the goods it applies to.
  return ok({ discountFen: Math.min(discount, eligible) })
}

/** The benefit in fen before the eligible-subtotal ceiling, or why the cart falls short. */
function rawDiscount(c: Coupon, lines: CartLine[], eligible: number): number | string {
  switch (c.kind) {
    case 'threshold':
      return eligible >= c.thresholdFen ? c.amountFen : `还差 ${formatYuan(c.thresholdFen - eligible)} 元可用`
    case 'cash':
      return c.amountFen
    case 'discount': {
      // Round the saving down to the fen: the member never gets more than the rate promises.
      const saving = Math.floor((eligible * (100 - c.rate)) / 100)
      return c.capFen === undefined ? saving : Math.min(saving, c.capFen)
    }
    case 'exchange': {
      const line = lines.find((l) => l.sku === c.sku && l.quantity > 0)
      return line ? line.priceFen : '购物车中没有兑换商品'
    }
  }
}
