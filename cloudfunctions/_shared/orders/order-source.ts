/**
 * The orders module's extension point for modules that sell through it (flash sale,
 * group buy): an order may carry a `source` — which module made it, at a price that
 * module set — and the counters that module took for it. When the order is cancelled,
 * expires, or is refunded in full while the goods are still in the store, those counters
 * are given back (each `inc` by `amount`) in the same transaction that moves the order,
 * instead of the SKU stock: exactly once, like every other hold of an order.
 */
import type { CollectionName } from '../../../database/schema'
import type { Db, Tx } from '../db'
import { onTeamOrderPaidInTx, teamPickupRefusal } from '../groupbuy/team-seat'
import { returnStockInTx } from '../stock'
import type { OrderDoc } from './order-doc'
import { sourceHook } from './source-hook'

export interface CounterReturn {
  collection: CollectionName
  id: string
  /** A dotted field path of that document. */
  field: string
  amount: number
}

export interface OrderSource {
  /** The module that made the order, e.g. 'flashsale'. */
  kind: string
  /** That module's own id (the flash item, the chain). */
  refId: string
  /** What to give back when the order is undone; the SKU stock was never touched. */
  returns: CounterReturn[]
}

/** Gives back the goods an order held: its source's counters, or the SKU stock. */
export async function returnGoodsInTx(tx: Tx, inc: (n: number) => unknown, order: Pick<OrderDoc, 'lines' | 'source'>): Promise<void> {
  if (!order.source) return returnStockInTx(tx, inc, order.lines)
  for (const r of order.source.returns) await tx.collection(r.collection).doc(r.id).update({ data: { [r.field]: inc(r.amount) } })
}

/**
 * What a source module does, in the payment's own transaction, when its order is paid.
 * A hook may answer the order as it wrote it (a team buy with no seat left refunds it).
 */
type PaidHook = (tx: Tx, order: OrderDoc) => Promise<OrderDoc | void>

/**
 * By source kind. Team buy (拼团): the order takes a seat, or is refunded when there is
 * none. (Group buy follows every write of its orders, payment included: order-moved.ts.)
 */
const paidHooks: Record<string, PaidHook> = {
  team: onTeamOrderPaidInTx,
}

/** Runs the order's source hook, if its module has one, in the transaction that marks it paid; answers the order as it now is. */
export async function sourcePaidInTx(tx: Tx, order: OrderDoc): Promise<OrderDoc> {
  const hook = sourceHook(paidHooks, order)
  return hook ? ((await hook(tx, order)) ?? order) : order
}

/**
 * Why a paid order's goods may not be handed over yet, by source kind, or null. Team buy:
 * not before the team has succeeded (a team that then fails refunds the order).
 */
type PickupGate = (db: Db | Tx, order: OrderDoc) => Promise<string | null>

const pickupGates: Record<string, PickupGate> = {
  team: teamPickupRefusal,
}

/** The one pickup rule of source modules: used by the pickup code and by staff verification. */
export async function sourcePickupRefusal(db: Db | Tx, order: OrderDoc): Promise<string | null> {
  const gate = sourceHook(pickupGates, order)
  return gate ? gate(db, order) : null
}
