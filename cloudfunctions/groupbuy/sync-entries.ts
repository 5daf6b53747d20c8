import type { OrderStatus } from '@/domain/orders'
import type { EntryDoc } from '../_shared/groupbuy/chain-docs'
import type { Db } from '../_shared/db'
import { pageAfter } from '../_shared/jobs/page-after'
import { syncEntry } from '../_shared/groupbuy/entry-number'

/** Entry statuses an order can still move out of, and when their order has moved. */
const NEEDS: Record<string, (o: { status: OrderStatus }) => boolean> = {
  unpaid: (o) => o.status !== 'unpaid',
  paid: (o) => !['paid', 'awaiting_pickup', 'shipped'].includes(o.status),
  refunding: (o) => o.status !== 'refunding',
}
const PAGE = 100

/**
 * Brings a chain's entries in line with their orders (a refund settled, a pickup verified
 * by staff, an unpaid order expired): reads the entries that can still move, a page at a
 * time by status and _id (index chain_status, so a chain of any size is walked whole), and
 * their orders, and syncs only those whose order moved (how many: the chain's counter and
 * totals moved with them). Called before the chain is shown.
 */
export async function syncChainEntries(db: Db, where: { chainId: string }): Promise<number> {
  const _ = db.command
  let synced = 0
  for (const status of Object.keys(NEEDS)) {
    const next = pageAfter<EntryDoc>(db, 'chain_entries', { chainId: where.chainId, status }, { pageSize: PAGE })
    for (let after = ''; ; ) {
      const page = await next(after)
      if (page.length === 0) break
      const orders = (await db.collection('orders').where({ _id: _.in(page.map((e) => e._id)) }).field({ status: true, paidAt: true }).limit(PAGE).get()).data as { _id: string; status: OrderStatus; paidAt: Date | null }[]
      const byId = new Map(orders.map((o) => [o._id, o]))
      for (const e of page) {
        const o = byId.get(e._id)
        if (o && (NEEDS[e.status](o) || (o.paidAt && e.no === null))) {
          await syncEntry(db, e._id)
          synced++
        }
      }
      if (page.length < PAGE) break
      after = page[page.length - 1]._id
    }
  }
  return synced
}
