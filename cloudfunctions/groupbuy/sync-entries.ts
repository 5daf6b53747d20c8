import type { OrderStatus } from '@/domain/orders'
import type { EntryDoc } from '../_shared/groupbuy/chain-docs'
import type { Db } from '../_shared/db'
import { syncEntry } from '../_shared/groupbuy/entry-number'

/** Entry statuses an order can still move out of. */
const OPEN_STATUSES = ['unpaid', 'paid', 'refunding']
const NEEDS: Record<string, (o: { status: OrderStatus; paidAt: Date | null }, e: EntryDoc) => boolean> = {
  unpaid: (o) => o.status !== 'unpaid',
  paid: (o) => !['paid', 'awaiting_pickup', 'shipped'].includes(o.status),
  refunding: (o) => o.status !== 'refunding',
}

/**
 * Brings a chain's entries in line with their orders (a refund settled, a pickup verified
 * by staff, an unpaid order expired): reads the entries that can still move and their
 * orders, and syncs only those whose order moved. Called before the chain is shown.
 */
export async function syncChainEntries(db: Db, where: Record<string, unknown>): Promise<void> {
  const _ = db.command
  const entries = (await db.collection('chain_entries').where({ ...where, status: _.in(OPEN_STATUSES) }).limit(1000).get()).data as EntryDoc[]
  for (let i = 0; i < entries.length; i += 100) {
    const page = entries.slice(i, i + 100)
    const orders = (await db.collection('orders').where({ _id: _.in(page.map((e) => e._id)) }).field({ status: true, paidAt: true }).limit(100).get()).data as { _id: string; status: OrderStatus; paidAt: Date | null }[]
    const byId = new Map(orders.map((o) => [o._id, o]))
    for (const e of page) {
      const o = byId.get(e._id)
      if (o && (NEEDS[e.status](o, e) || (o.paidAt && e.no === null))) await syncEntry(db, e._id)
    }
  }
}
