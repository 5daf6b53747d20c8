/**
 * Entries follow their orders. When an entry's order is paid, the entry gets the chain's
 * next entry number (跟团号); when it is refunded, the leader's commission on it is
 * reversed. Both happen in ONE transaction that reads the chain's counter (`lastNo`),
 * the entry and the leader and writes all three: the counter only moves together with
 * the entry that takes the number, so numbers are unique (a second transaction on the
 * same counter conflicts and re-runs) and gap-free (nothing can take a number and then
 * fail to record it). An atomic `inc` outside a transaction would be cheaper under a
 * crowd, but a failure between the inc and the entry's write would leave a gap, and
 * leaders read the numbers as a count.
 *
 * Every transaction that writes a chain order calls `followOrderInTx` (through the orders
 * module's source hook, `_shared/orders/order-moved.ts`): an entry is numbered in its
 * payment's transaction, cancelled with its order's cancel or expiry, refunded (and the
 * commission reversed, the totals moved) with its refund's settlement. A write that does
 * not move the order changes nothing, so nobody needs to re-read entries to catch up.
 */
import { commissionFen, tallyWith } from '@/domain/groupbuy'
import type { OrderStatus } from '@/domain/orders'
import { findById, type Tx } from '../db'
import type { ChainDoc, EntryDoc, EntryStatus, LeaderDoc } from './chain-docs'

const ENTRY_STATUS: Record<OrderStatus, EntryStatus> = {
  unpaid: 'unpaid',
  paid: 'paid',
  awaiting_pickup: 'paid',
  shipped: 'paid',
  picked_up: 'picked_up',
  completed: 'picked_up',
  cancelled: 'cancelled',
  refunding: 'refunding',
  refunded: 'refunded',
}

export interface FollowedOrder {
  _id: string
  status: OrderStatus
  paidAt: Date | null
  money: { payableFen: number }
}

/** An entry counts in the chain's totals while it has a number and is not refunded. */
const counts = (e: Pick<EntryDoc, 'no' | 'status'>) => e.no !== null && e.status !== 'refunded'

/**
 * Brings `entry` in line with its order in `tx`; returns the entry as written (or as it
 * was). The chain's running totals (`tally`) move here too, with the counter, so they
 * always equal the counted entries without anyone reading them all.
 */
export async function followOrderInTx(tx: Tx, entry: EntryDoc, order: FollowedOrder): Promise<EntryDoc> {
  const next: EntryDoc = { ...entry, status: ENTRY_STATUS[order.status], paidAt: order.paidAt ?? entry.paidAt }
  const numbering = order.paidAt !== null && entry.no === null
  const reversing = next.status === 'refunded' && (entry.commissionFen > 0 || numbering) && !entry.commissionReversed
  if (!numbering && !reversing && next.status === entry.status) return entry
  let chain: ChainDoc | null = null
  if (numbering || reversing) {
    const leader = await findById<LeaderDoc>(tx, 'leaders', entry.leaderId)
    let earned = 0
    if (numbering) {
      chain = (await findById<ChainDoc>(tx, 'chains', entry.chainId))!
      next.no = chain.lastNo + 1
      next.commissionFen = leader ? commissionFen(order.money.payableFen, leader.commissionBp) : 0
      earned = next.commissionFen
    }
    const reversed = reversing ? next.commissionFen : 0
    if (reversing) next.commissionReversed = true
    if (leader && (earned > 0 || reversed > 0)) {
      await tx.collection('leaders').doc(leader._id).update({ data: { commissionEarnedFen: leader.commissionEarnedFen + earned, commissionReversedFen: leader.commissionReversedFen + reversed } })
    }
  }
  const sign = (Number(counts(next)) - Number(counts(entry))) as -1 | 0 | 1
  if (numbering || sign !== 0) {
    chain ??= (await findById<ChainDoc>(tx, 'chains', entry.chainId))!
    // A chain written before the tally existed has none: its views count the entries instead.
    const tally = chain.tally ? { tally: tallyWith(chain.tally, sign === 1 ? next : entry, sign) } : {}
    await tx.collection('chains').doc(chain._id).update({ data: { lastNo: next.no ?? chain.lastNo, ...tally } })
  }
  const { _id, ...rest } = next
  await tx.collection('chain_entries').doc(_id).set({ data: rest })
  return next
}

/** The transaction that wrote a chain order: its entry follows (numbered when paid, and so on). */
export async function onChainOrderMovedInTx(tx: Tx, order: FollowedOrder): Promise<void> {
  const entry = await findById<EntryDoc>(tx, 'chain_entries', order._id)
  if (entry) await followOrderInTx(tx, entry, order)
}
