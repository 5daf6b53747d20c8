/**
 * The orders module's other source hook: what a source module does, in the transaction
 * that writes its order, whenever the order is written (cancelled, expired, paid, refund
 * requested, refunded, picked up). `saveOrder` is the one write path of an order, so a
 * module that follows its orders here never needs to re-read them: group buy keeps each
 * chain entry (and the chain's running totals and the leader's commission) in line with
 * its order, exactly once, since the entry moves in the order's own transaction.
 * A hook must be idempotent (a write that does not change the status changes nothing).
 */
import type { Tx } from '../db'
import { onChainOrderMovedInTx } from '../groupbuy/entry-number'
import type { OrderDoc } from './order-doc'
import { sourceHook } from './source-hook'

type MovedHook = (tx: Tx, order: OrderDoc) => Promise<void>

/** By source kind. Group buy: the entry follows the order (numbered when paid, refunded, cancelled, picked up). */
const movedHooks: Record<string, MovedHook> = {
  groupbuy: onChainOrderMovedInTx,
}

/** Runs the order's source hook, if its module has one, in the transaction that wrote the order. */
export async function sourceMovedInTx(tx: Tx, order: OrderDoc): Promise<void> {
  const hook = sourceHook(movedHooks, order)
  if (hook) await hook(tx, order)
}
