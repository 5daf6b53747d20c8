/**
 * SKU stock (collection `skus`), written only here. Taking stock is a conditional
 * decrement outside any transaction — `where({ _id, stock: _.gte(n) }).update({ stock:
 * _.inc(-n) })`, atomic per document, read `stats.updated` — never read-then-write, so
 * the last unit contested by a crowd goes to exactly one buyer. Giving stock back is a
 * plain increment of one document inside the transaction that changes the order's state,
 * so cancel, expiry and refund each give it back exactly once.
 */
import type { Db, Tx } from './db'
import { orderRefusal } from './orders/refusal'

/** A SKU as stored in `skus`: a sellable variant with its price, member prices and stock. */
export interface SkuDoc {
  _id: string
  productId: string
  category: string
  name: string
  priceFen: number
  memberPrices?: Record<string, number>
  stock: number
  sort?: number
}

export interface StockLine {
  skuId: string
  quantity: number
}

const soldOut = () => orderRefusal('SOLD_OUT')

/** Merges lines of the same SKU, so one order takes one SKU's stock in one step. */
export function bySku(lines: readonly StockLine[]): StockLine[] {
  const merged = new Map<string, number>()
  for (const l of lines) merged.set(l.skuId, (merged.get(l.skuId) ?? 0) + l.quantity)
  return [...merged].map(([skuId, quantity]) => ({ skuId, quantity }))
}

/**
 * Takes the stock of every line, or none: a line that cannot be had gives back the ones
 * already taken and refuses with ORDER.SOLD_OUT. The caller gives it back (giveBack) if
 * its own transaction then fails or turns out to be a replay.
 */
export async function takeStock(db: Db, lines: readonly StockLine[]): Promise<void> {
  const _ = db.command
  const taken: StockLine[] = []
  try {
    for (const line of bySku(lines)) {
      const { stats } = await db.collection('skus').where({ _id: line.skuId, stock: _.gte(line.quantity) }).update({ data: { stock: _.inc(-line.quantity) } })
      if (stats.updated !== 1) throw soldOut()
      taken.push(line)
    }
  } catch (e) {
    await giveBack(db, taken)
    throw e
  }
}

/** Undoes a takeStock whose order was never written. */
export async function giveBack(db: Db, lines: readonly StockLine[]): Promise<void> {
  const _ = db.command
  for (const line of bySku(lines)) await db.collection('skus').doc(line.skuId).update({ data: { stock: _.inc(line.quantity) } })
}

/** Returns an order's stock inside the transaction that moves the order out of its holding state. */
export async function returnStockInTx(tx: Tx, inc: (n: number) => unknown, lines: readonly StockLine[]): Promise<void> {
  for (const line of bySku(lines)) await tx.collection('skus').doc(line.skuId).update({ data: { stock: inc(line.quantity) } })
}
