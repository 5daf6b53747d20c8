/**
 * 「已抢 63%」: claimed share of stock as an integer percent, rounded down so that 100
 * appears only when every coupon is gone (999 of 1000 shows 99). No stock reads as 100.
 */
export function claimProgress(claimed: number, stock: number): number {
  if (stock <= 0) return 100
  if (claimed <= 0) return 0
  if (claimed >= stock) return 100
  return Math.floor((claimed * 100) / stock)
}
