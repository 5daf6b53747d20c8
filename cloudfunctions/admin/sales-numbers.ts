/**
 * Flash-sale sell-through and chain (接龙) sales of the sessions and chains in a range of
 * business days. Items are found by session id (`day@HH:mm`, index `session`), chains by
 * creation time (index `created`), at most CAP of each; what they sold is grouped from the
 * paid orders (index `source`) and the paid chain entries (index `chain_status`).
 */
import type { AdminStats } from '@/contracts/admin'
import type { Db } from '../_shared/db'

const CAP = 1000
/** An order or entry that was paid and not (yet) refunded counts as sold. */
const SOLD_ORDER = ['paid', 'awaiting_pickup', 'picked_up', 'shipped', 'completed', 'refunding']
const SOLD_ENTRY = ['paid', 'picked_up', 'refunding']

const rate = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 1000) / 1000 : 0)

type Sum = { _id: string; quantity: number; fen: number; count: number }

async function grouped(db: Db, coll: 'orders' | 'chain_entries', match: Record<string, unknown>, key: string, quantity: unknown, fen: string): Promise<Map<string, Sum>> {
  const $ = db.command.aggregate as unknown as { sum(v: unknown): unknown }
  const { list } = await db.collection(coll).aggregate().match(match).group({ _id: key, quantity: $.sum(quantity), fen: $.sum(fen), count: $.sum(1) }).limit(CAP).end()
  return new Map((list as Sum[]).map((s) => [s._id, s]))
}

type FlashItemRow = { _id: string; sessionId: string; name: string; stock: number; enabled: boolean }

export async function flashNumbers(db: Db, from: string, to: string): Promise<NonNullable<AdminStats['flash']>> {
  const _ = db.command
  const items = (await db.collection('flash_items').where({ sessionId: _.gte(`${from}@`).and(_.lte(`${to}@~`)) }).limit(CAP).field({ sessionId: true, name: true, stock: true, enabled: true }).get()).data as FlashItemRow[]
  if (!items.length) return []
  // A flash order has one line: its quantity is the first line's.
  const sold = await grouped(db, 'orders', { 'source.refId': _.in(items.map((i) => i._id)), status: _.in(SOLD_ORDER) }, '$source.refId', { $arrayElemAt: ['$lines.quantity', 0] }, '$money.payableFen')
  return items
    .sort((a, b) => (a.sessionId === b.sessionId ? (a._id < b._id ? -1 : 1) : a.sessionId < b.sessionId ? -1 : 1))
    .map((i) => {
      const s = sold.get(i._id)
      return { itemId: i._id, sessionId: i.sessionId, name: i.name, stock: i.stock, sold: s?.quantity ?? 0, salesFen: s?.fen ?? 0, sellThrough: rate(s?.quantity ?? 0, i.stock) }
    })
}

type ChainRow = { _id: string; title: string; storeId: string; status: string; createdAt: Date }

export async function chainNumbers(db: Db, range: { from: Date; to: Date }, storeId: string | null): Promise<NonNullable<AdminStats['chains']>> {
  const _ = db.command
  const chains = ((await db.collection('chains').where({ createdAt: _.gte(range.from).and(_.lte(range.to)) }).orderBy('createdAt', 'asc').limit(CAP).field({ title: true, storeId: true, status: true, createdAt: true }).get()).data as ChainRow[])
    .filter((c) => !storeId || c.storeId === storeId)
  if (!chains.length) return []
  const sold = await grouped(db, 'chain_entries', { chainId: _.in(chains.map((c) => c._id)), status: _.in(SOLD_ENTRY) }, '$chainId', { $sum: '$lines.quantity' }, '$amountFen')
  return chains.map((c) => {
    const s = sold.get(c._id)
    return { chainId: c._id, title: c.title, storeId: c.storeId, status: c.status, entries: s?.count ?? 0, quantity: s?.quantity ?? 0, salesFen: s?.fen ?? 0 }
  })
}
