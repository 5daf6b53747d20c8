/**
 * A chain's running totals, kept on the chain document and moved in the same transaction
 * that numbers an entry (paid) or reverses it (refunded): the chain page and the leader's
 * numbers read them instead of every entry, however many there are.
 * An entry counts while it has a number and is not refunded.
 */
import type { ProductTotal } from './tallies'

export interface ProductTally {
  quantity: number
  amountFen: number
  entries: number
}

export interface ChainTally {
  participants: number
  amountFen: number
  /** The leader's commission on the counted entries (reversed ones left out). */
  commissionFen: number
  products: Record<string, ProductTally>
}

export interface TalliedEntry {
  lines: readonly { key: string; quantity: number; unitFen: number }[]
  amountFen: number
  commissionFen: number
}

export const emptyTally = (keys: readonly string[]): ChainTally => ({
  participants: 0,
  amountFen: 0,
  commissionFen: 0,
  products: Object.fromEntries(keys.map((k) => [k, { quantity: 0, amountFen: 0, entries: 0 }])),
})

/** The tally with `entry` counted in (sign 1) or out (sign -1); 0 returns it unchanged. */
export function tallyWith(tally: ChainTally, entry: TalliedEntry, sign: -1 | 0 | 1): ChainTally {
  if (sign === 0) return tally
  const products = { ...tally.products }
  for (const l of entry.lines) {
    const p = products[l.key] ?? { quantity: 0, amountFen: 0, entries: 0 }
    products[l.key] = { quantity: p.quantity + sign * l.quantity, amountFen: p.amountFen + sign * l.quantity * l.unitFen, entries: p.entries + sign }
  }
  return {
    participants: tally.participants + sign,
    amountFen: tally.amountFen + sign * entry.amountFen,
    commissionFen: tally.commissionFen + sign * entry.commissionFen,
    products,
  }
}

/** The tally of a list of counted entries (chains written before the tally existed). */
export const tallyOf = (keys: readonly string[], entries: readonly TalliedEntry[]): ChainTally => entries.reduce((t, e) => tallyWith(t, e, 1), emptyTally(keys))

/** Totals per product, in the chain's product order, as the chain page shows them. */
export const totalsOfTally = (products: readonly { key: string; name: string }[], tally: ChainTally): ProductTotal[] =>
  products.map((p) => ({ key: p.key, name: p.name, ...(tally.products[p.key] ?? { quantity: 0, amountFen: 0, entries: 0 }) }))
