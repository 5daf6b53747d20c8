/**
 * Stock held for an order being created (collection `stock_holds`, _id = the caller's
 * openid and requestId). It closes the crash window between taking SKU stock (a
 * conditional decrement outside any transaction) and writing the order:
 *
 * 1. the hold is written first (`open: true`, the lines it will take);
 * 2. each SKU's decrement also writes the hold's marker on the SKU (`holds.<marker>` =
 *    units) in the same conditional update, which only matches while the marker is absent:
 *    stock is taken once per hold, however often a retry gets here;
 * 3. the order's transaction moves the hold from `held` to `ordered`;
 * 4. whatever never reached 3 — a refusal, a crash, a lost instance — is returned by
 *    `returnHold`: per SKU, a conditional update that gives the units back and removes the
 *    marker together, so a reclaim run twice (or in parallel) returns the stock once.
 *
 * The order timer `reclaimHolds` returns holds still open after HOLD_GRACE_MS and clears
 * the markers of ordered ones.
 */
import { createHash } from 'node:crypto'
import { findById, type Db, type Tx } from './db'
import { orderRefusal } from './orders/refusal'
import { bySku, type StockLine } from './stock'
import { inTransaction, isDuplicateKey } from './transaction'

/** Well past a create's 20 s timeout and a client's retries: an open hold this old was abandoned. */
export const HOLD_GRACE_MS = 5 * 60_000

export type HoldStatus = 'held' | 'ordered' | 'returning' | 'returned' | 'closed'

export interface StockHoldDoc {
  _id: string
  memberId: string
  requestId: string
  lines: StockLine[]
  status: HoldStatus
  /** True until returned or closed: what the reclaim job walks. */
  open: boolean
  orderId: string | null
  createdAt: Date
  updatedAt: Date
}

export const holdIdOf = (memberId: string, requestId: string) => `${memberId}:${requestId}`

/** The SKU field a hold marks: a hash, since the hold id holds characters a field name cannot. */
export const holdMarker = (holdId: string) => `h${createHash('sha1').update(holdId).digest('hex').slice(0, 20)}`

const sameLines = (a: StockLine[], b: StockLine[]) => JSON.stringify(a) === JSON.stringify(b)

/** Writes the hold, or finds the one an earlier attempt of the same request wrote. */
export async function openHold(db: Db, memberId: string, requestId: string, lines: readonly StockLine[], now: Date): Promise<StockHoldDoc> {
  const hold: StockHoldDoc = { _id: holdIdOf(memberId, requestId), memberId, requestId, lines: bySku(lines), status: 'held', open: true, orderId: null, createdAt: now, updatedAt: now }
  try {
    const { _id, ...data } = hold
    await db.collection('stock_holds').add({ data: { _id, ...data } })
    return hold
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
  }
  const found = await findById<StockHoldDoc>(db, 'stock_holds', hold._id)
  if (!found) throw orderRefusal('HOLD_EXPIRED')
  // Same requestId, other lines: not a retry of the same order.
  if (!sameLines(found.lines, hold.lines)) throw orderRefusal('HOLD_EXPIRED')
  return found
}

/**
 * Takes every line's stock for the hold. A line already marked (taken by an earlier attempt
 * of this request) is skipped; a line that cannot be had refuses with ORDER.SOLD_OUT and the
 * caller returns the hold.
 */
export async function takeHeldStock(db: Db, hold: StockHoldDoc): Promise<void> {
  const _ = db.command
  const marker = holdMarker(hold._id)
  for (const line of hold.lines) {
    const { stats } = await db
      .collection('skus')
      .where({ _id: line.skuId, stock: _.gte(line.quantity), [`holds.${marker}`]: _.exists(false) })
      .update({ data: { stock: _.inc(-line.quantity), holds: { [marker]: line.quantity } } })
    if (stats.updated === 1) continue
    const sku = await findById<{ holds?: Record<string, number> }>(db, 'skus', line.skuId)
    if (sku?.holds?.[marker]) continue
    throw orderRefusal('SOLD_OUT')
  }
}

/** In the order's transaction: the hold becomes the order's. Refuses if it was returned meanwhile. */
export async function holdToOrder(tx: Tx, holdId: string, orderId: string, now: Date): Promise<void> {
  const hold = await findById<StockHoldDoc>(tx, 'stock_holds', holdId)
  if (!hold || hold.status !== 'held') throw orderRefusal('HOLD_EXPIRED')
  await tx.collection('stock_holds').doc(holdId).update({ data: { status: 'ordered', orderId, updatedAt: now } })
}

/** Removes an ordered hold's markers from its SKUs (the order owns the stock now) and closes it. */
export async function closeOrderedHold(db: Db, hold: StockHoldDoc, now: Date): Promise<void> {
  const _ = db.command
  const marker = holdMarker(hold._id)
  for (const line of hold.lines) await db.collection('skus').doc(line.skuId).update({ data: { holds: { [marker]: _.remove() } } })
  await db.collection('stock_holds').doc(hold._id).update({ data: { open: false, status: 'closed', updatedAt: now } })
}

/**
 * Gives a hold's stock back unless an order took it: 'returned' (this call or an earlier
 * one), 'ordered' (nothing to give back) or 'gone'. Each SKU's units come back in the same
 * conditional update that removes the marker, so the stock returns exactly once.
 */
export async function returnHold(db: Db, holdId: string, now: Date): Promise<'returned' | 'ordered' | 'gone'> {
  const claimed = await inTransaction(db, async (tx) => {
    const hold = await findById<StockHoldDoc>(tx, 'stock_holds', holdId)
    if (!hold) return null
    if (hold.status === 'held') await tx.collection('stock_holds').doc(holdId).update({ data: { status: 'returning', updatedAt: now } })
    return hold
  })
  if (!claimed) return 'gone'
  if (claimed.status === 'ordered' || claimed.status === 'closed') {
    if (claimed.open) await closeOrderedHold(db, claimed, now)
    return 'ordered'
  }
  if (claimed.status === 'returned') return 'returned'
  const _ = db.command
  const marker = holdMarker(holdId)
  for (const line of claimed.lines) {
    await db
      .collection('skus')
      .where({ _id: line.skuId, [`holds.${marker}`]: line.quantity })
      .update({ data: { stock: _.inc(line.quantity), holds: { [marker]: _.remove() } } })
  }
  await db.collection('stock_holds').doc(holdId).update({ data: { status: 'returned', open: false, updatedAt: now } })
  return 'returned'
}
