import type { TierLadder } from '../coupons'
import type { SkuPrice } from './types'

/**
 * The unit price a member of `tier` pays: the member price of their tier, or of the
 * nearest lower tier that has one, never above the list price. Unknown tiers pay list.
 */
export function tierPrice(sku: SkuPrice, tier: string, ladder: TierLadder): number {
  const rank = ladder.findIndex((t) => t.code === tier)
  for (let i = rank; i >= 0; i--) {
    const price = sku.memberPrices?.[ladder[i].code]
    if (typeof price === 'number' && Number.isSafeInteger(price) && price >= 0) return Math.min(price, sku.priceFen)
  }
  return sku.priceFen
}
