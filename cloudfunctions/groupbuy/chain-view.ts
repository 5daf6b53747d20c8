import { CHAIN_STATUS_TEXT, effectiveStatus, tallyOf, totalsOfTally, type ChainTally, type NumberedEntry } from '@/domain/groupbuy'
import type { ChainView } from '@/contracts/groupbuy'
import { type ChainDoc, type EntryDoc, type LeaderDoc, requireChain } from '../_shared/groupbuy/chain-docs'
import { findById, type Db } from '../_shared/db'

export type ChainViewData = ChainView

/** Numbered (paid at some point) entries of a chain, in number order. */
export async function numberedEntries(db: Db, chainId: string): Promise<EntryDoc[]> {
  return (await db.collection('chain_entries').where({ chainId, no: db.command.gt(0) }).orderBy('no', 'asc').limit(1000).get()).data as EntryDoc[]
}

/** One page of a chain's numbered entries, after entry number `afterNo` (index chain_no). */
export async function entriesAfter(db: Db, chainId: string, afterNo: number, limit: number): Promise<EntryDoc[]> {
  return (await db.collection('chain_entries').where({ chainId, no: db.command.gt(afterNo) }).orderBy('no', 'asc').limit(limit).get()).data as EntryDoc[]
}

/** Entries that count: numbered and not refunded. */
export const counted = (entries: readonly EntryDoc[]) => entries.filter((e) => e.status !== 'refunded')

export const asNumbered = (e: EntryDoc): NumberedEntry => ({
  entryId: e._id,
  no: e.no ?? 0,
  name: e.name,
  phone: e.phone,
  lines: e.lines,
  amountFen: e.amountFen,
  pickupPoint: e.pickupPoint,
  pickedUp: e.status === 'picked_up',
})

/** The chain's running totals: kept on the chain; counted from its entries for a chain written before the tally. */
export async function tallyOfChain(db: Db, chain: ChainDoc): Promise<ChainTally> {
  if (chain.tally) return chain.tally
  return tallyOf(chain.products.map((p) => p.key), counted(await numberedEntries(db, chain._id)))
}

export async function chainViewOf(db: Db, chain: ChainDoc, now: Date): Promise<ChainView> {
  const [stock, leader, store, tally] = await Promise.all([
    db.collection('chain_stock').where({ chainId: chain._id }).limit(100).get(),
    findById<LeaderDoc>(db, 'leaders', chain.leaderId),
    findById<{ name: string; address?: string }>(db, 'stores', chain.storeId),
    tallyOfChain(db, chain),
  ])
  const left = new Map((stock.data as { key: string; left: number }[]).map((s) => [s.key, s.left]))
  // Sold out closes an open chain for everyone who looks (joins are refused SOLD_OUT anyway);
  // members may still cancel before the deadline, which gives stock back and reopens it.
  const soldOut = chain.products.every((p) => (left.get(p.key) ?? 0) === 0)
  const effective = effectiveStatus(chain, now)
  const status = effective === 'open' && soldOut ? 'closed' : effective
  return {
    chainId: chain._id,
    title: chain.title,
    text: chain.text,
    images: chain.images,
    products: chain.products.map((p) => {
      const l = left.get(p.key) ?? 0
      return { key: p.key, skuId: p.skuId, name: p.name, image: p.image, unit: p.unit, category: p.category, listPriceFen: p.listPriceFen, chainPriceFen: p.chainPriceFen, stock: p.stock, left: l, sold: p.stock - l }
    }),
    perPersonLimit: chain.perPersonLimit,
    deadline: new Date(chain.deadline).toISOString(),
    pickup: { storeId: chain.storeId, name: chain.pickupPoint, address: store?.address ?? '', from: new Date(chain.pickupFrom).toISOString(), to: new Date(chain.pickupTo).toISOString() },
    status,
    statusText: effective === 'open' && soldOut ? '已售罄' : CHAIN_STATUS_TEXT[status],
    leader: { name: leader?.name ?? '', storeName: store?.name ?? '' },
    participants: tally.participants,
    totals: totalsOfTally(chain.products, tally),
  }
}

export async function chainView(db: Db, chainId: string, now: Date): Promise<ChainView> {
  const chain = await requireChain(db, chainId)
  return chainViewOf(db, chain, now)
}
