import type { CartLine, CouponRules } from './types'

const isCount = (n: number) => Number.isSafeInteger(n) && n >= 0

/** Prices and quantities must be non-negative integers (fen, units); contracts check first, this is the backstop. */
export const isValidCart = (lines: CartLine[]): boolean => lines.every((l) => isCount(l.priceFen) && isCount(l.quantity))

const lineTotal = (l: CartLine) => l.priceFen * l.quantity

/** Everything in the cart, in fen. */
export const cartSubtotal = (lines: CartLine[]): number => lines.reduce((sum, l) => sum + lineTotal(l), 0)

function inScope(line: CartLine, rules: CouponRules): boolean {
  if (rules.excludeSkus?.includes(line.sku)) return false
  const s = rules.scope
  if (s.kind === 'skus') return s.skus.includes(line.sku)
  if (s.kind === 'categories') return s.categories.includes(line.category)
  return true
}

/**
 * The part of the cart the coupon applies to: lines in scope minus excluded skus.
 * An exchange coupon applies to its own sku only, whatever its scope says.
 */
export function eligibleSubtotal(lines: CartLine[], rules: CouponRules): number {
  const applies = rules.kind === 'exchange' ? (l: CartLine) => l.sku === rules.sku : (l: CartLine) => inScope(l, rules)
  return lines.filter((l) => l.quantity > 0 && applies(l)).reduce((sum, l) => sum + lineTotal(l), 0)
}
