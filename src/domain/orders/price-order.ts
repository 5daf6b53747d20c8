import { chooseCoupons, type Coupon, type CouponChoice, type TierLadder } from '../coupons'
import { pointsForCheckout } from '../points/points-for-checkout'
import { err, ok, type Result } from '../result'
import { orderError } from './errors'
import { tierPrice } from './tier-price'
import type { MoneyBreakdown, PricedLine, SkuPrice } from './types'

/** The most units of one SKU in one order, and lines in one order. */
export const MAX_QUANTITY = 99
export const MAX_LINES = 50

export type PriceOrderInput = {
  lines: { sku: SkuPrice; quantity: number }[]
  tier: string
  tierLadder: TierLadder
  /** The member's coupons (any status: the chooser says why a coupon does not fit). */
  coupons: Coupon[]
  /** undefined = the best coupon, null = no coupon, an id = that coupon. */
  couponId?: string | null
  usePoints: boolean
  /** The member's usable points balance. */
  pointsBalance: number
  /** The pickup store (store-limited coupons), absent for delivery. */
  storeId?: string
  now: Date
  /** Re-pricing an order that already locked its coupon. */
  orderId?: string
}

export type PricedOrder = {
  lines: PricedLine[]
  coupons: CouponChoice
  /** The coupon applied, if any. */
  coupon: { couponId: string; discountFen: number } | null
  /** The most points this order could use, whether or not they are used. */
  pointsAvailable: { points: number; fen: number }
  money: MoneyBreakdown
}

const isQuantity = (n: number) => Number.isSafeInteger(n) && n >= 1 && n <= MAX_QUANTITY

/**
 * THE checkout rule, shared by the client's preview and the `order` function:
 * 1. each line at the member's tier price;
 * 2. one coupon, the best or the chosen one, through the coupon chooser (online channel);
 * 3. points on what is left after the coupon, through the checkout points rule
 *    (100 points = 1 yuan, whole yuan, at most 50%);
 * so that payable + coupon + points = subtotal, all whole fen, never negative.
 */
export function priceOrder(input: PriceOrderInput): Result<PricedOrder> {
  if (input.lines.length === 0) return orderError('EMPTY')
  if (input.lines.length > MAX_LINES) return orderError('INVALID_QUANTITY')
  const lines: PricedLine[] = []
  for (const { sku, quantity } of input.lines) {
    if (!isQuantity(quantity)) return orderError('INVALID_QUANTITY')
    if (!Number.isSafeInteger(sku.priceFen) || sku.priceFen < 0) return orderError('INVALID_PRICE')
    const unitPriceFen = tierPrice(sku, input.tier, input.tierLadder)
    lines.push({ skuId: sku.skuId, productId: sku.productId, category: sku.category, quantity, listPriceFen: sku.priceFen, unitPriceFen, lineFen: unitPriceFen * quantity })
  }
  const subtotalFen = lines.reduce((s, l) => s + l.lineFen, 0)

  // Coupon scopes name products (the coupon rule's `sku` is our product id).
  const cart = lines.map((l) => ({ sku: l.productId, category: l.category, priceFen: l.unitPriceFen, quantity: l.quantity }))
  const coupons = chooseCoupons({ lines: cart, channel: 'online', storeId: input.storeId, now: input.now, tier: input.tier, tierLadder: input.tierLadder, orderId: input.orderId, coupons: input.coupons })
  let chosen = coupons.best
  if (input.couponId === null) chosen = null
  else if (input.couponId !== undefined) {
    chosen = coupons.usable.find((u) => u.coupon.id === input.couponId) ?? null
    if (!chosen) {
      const why = coupons.unusable.find((u) => u.coupon.id === input.couponId)?.reason
      return why ? err('ORDER.COUPON_NOT_USABLE', why) : orderError('COUPON_NOT_USABLE')
    }
  }
  const couponFen = chosen?.discountFen ?? 0

  const points = pointsForCheckout({ orderFen: subtotalFen - couponFen, balance: input.pointsBalance })
  if (!points.ok) return points
  const used = input.usePoints ? points.value : { points: 0, fen: 0 }
  const money: MoneyBreakdown = { subtotalFen, couponFen, pointsFen: used.fen, pointsUsed: used.points, payableFen: subtotalFen - couponFen - used.fen }
  return ok({ lines, coupons, coupon: chosen ? { couponId: chosen.coupon.id, discountFen: chosen.discountFen } : null, pointsAvailable: points.value, money })
}
