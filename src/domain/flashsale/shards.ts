/**
 * A hot item's stock is split into K shard documents so that a crowd spreads over K
 * documents instead of queueing on one; each buyer tries them in a random order.
 */

/** Splits `stock` into `k` shards as even as possible; they add up to the stock. */
export function splitStock(stock: number, k: number): number[] {
  if (!Number.isInteger(stock) || stock < 0) throw new Error(`stock must be a whole number ≥ 0: ${stock}`)
  if (!Number.isInteger(k) || k < 1) throw new Error(`shard count must be ≥ 1: ${k}`)
  const base = Math.floor(stock / k)
  return Array.from({ length: k }, (_, i) => base + (i < stock % k ? 1 : 0))
}

export const shardIdOf = (itemId: string, index: number) => `${itemId}~${index}`

/** The order to try K shards in: a Fisher–Yates shuffle driven by `random` (0 ≤ r < 1). */
export function shardOrder(k: number, random: () => number): number[] {
  const order = Array.from({ length: k }, (_, i) => i)
  for (let i = k - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1))
    ;[order[i], order[j]] = [order[j], order[i]]
  }
  return order
}
