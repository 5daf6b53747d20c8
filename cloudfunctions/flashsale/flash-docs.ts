/**
 * The flash sale's documents: the settings (daily slots, reminder template), items
 * (collection `flash_items`) and their stock shards (`flash_shards`, _id = itemId~k).
 * An item's flash stock is set aside by the merchant: SKU stock is not touched.
 */
import type { TierCode } from '@/domain/member'
import { sessionOf, splitStock, shardIdOf, type FlashSlot } from '@/domain/flashsale'
import { findById, type Db } from '../_shared/db'
import type { StoredLine } from '../_shared/orders/order-doc'

export interface FlashSettings {
  slots: FlashSlot[]
  reminder: { templateId: string | null; leadMinutes: number; fields: { title: string; time: string } }
}

const DEFAULTS: FlashSettings = {
  slots: [
    { start: '10:00', minutes: 120 },
    { start: '14:00', minutes: 120 },
    { start: '20:00', minutes: 120 },
  ],
  reminder: { templateId: null, leadMinutes: 3, fields: { title: 'thing1', time: 'time2' } },
}

export async function flashSettings(db: Db): Promise<FlashSettings> {
  const doc = await findById<Partial<FlashSettings>>(db, 'settings', 'flashsale')
  return { slots: doc?.slots?.length ? doc.slots : DEFAULTS.slots, reminder: { ...DEFAULTS.reminder, ...(doc?.reminder ?? {}) } }
}

/** The SKU it sells, named as the order's line will be. */
export interface FlashItemDoc extends Pick<StoredLine, 'skuId' | 'productId' | 'category' | 'name' | 'skuName' | 'image'> {
  _id: string
  sessionId: string
  day: string
  start: string
  startAt: Date
  endAt: Date
  listPriceFen: number
  /** At least 1 fen: a reservation is an order that is paid. */
  flashPriceFen: number
  /** The stock the sale started with; what is left is the sum of the shards. */
  stock: number
  shards: number
  limit: number
  tiers: TierCode[] | null
  /** Pickup stores taking part. */
  storeIds: string[]
  enabled: boolean
}

export type FlashItemInput = Omit<FlashItemDoc, 'sessionId' | 'startAt' | 'endAt' | 'enabled'> & { minutes: number }

/** An item and its shards as written by the merchant's setup (the demo seed, tests). */
export function flashItemDocs(input: FlashItemInput) {
  if (!Number.isInteger(input.flashPriceFen) || input.flashPriceFen < 1) throw new Error('a flash price is at least 1 fen')
  const { minutes, ...rest } = input
  const session = sessionOf(input.day, { start: input.start, minutes })
  const item: FlashItemDoc = { ...rest, sessionId: session.sessionId, startAt: session.startAt, endAt: session.endAt, enabled: true }
  const shards = splitStock(input.stock, input.shards).map((stock, k) => ({ _id: shardIdOf(input._id, k), itemId: input._id, stock }))
  return { item, shards }
}

export async function writeFlashItem(db: Db, input: FlashItemInput): Promise<FlashItemDoc> {
  const { item, shards } = flashItemDocs(input)
  const { _id, ...data } = item
  await db.collection('flash_items').doc(_id).set({ data })
  for (const { _id: id, ...shard } of shards) await db.collection('flash_shards').doc(id).set({ data: shard })
  return item
}

/** Units left of each item: the sum of its shards. */
export async function remainingOf(db: Db, itemIds: string[]): Promise<Map<string, number>> {
  const left = new Map(itemIds.map((id) => [id, 0]))
  if (!itemIds.length) return left
  const shards = (await db.collection('flash_shards').where({ itemId: db.command.in(itemIds) }).limit(1000).get()).data as { itemId: string; stock: number }[]
  for (const s of shards) left.set(s.itemId, (left.get(s.itemId) ?? 0) + s.stock)
  return left
}
