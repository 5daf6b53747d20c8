import type { FlashItemRecord } from '@/contracts/admin-records'
import { shardIdOf, splitStock } from '@/domain/flashsale'
import { ActionError } from '../../_shared/action-error'
import { findById, type Db, type Tx } from '../../_shared/db'
import type { SkuDoc } from '../../_shared/stock'
import { flashItemDocs, flashSettings, type FlashItemDoc } from '../../flashsale/flash-docs'
import type { RecordKind, StoredDoc } from '../record-kind'
import { requireAll } from './product'

const refuse = (code: string, message: string) => new ActionError(`ADMIN.${code}`, message)

interface Facts {
  minutes: number
  sku: SkuDoc
  product: { name: string; image?: string }
  now: Date
}

/** Units left of an item: the sum of its shards (read one by one, so it works in a transaction). */
export async function shardsLeft(db: Db | Tx, itemId: string, shards: number): Promise<number> {
  let left = 0
  for (let k = 0; k < shards; k++) left += (await findById<{ stock: number }>(db, 'flash_shards', shardIdOf(itemId, k)))?.stock ?? 0
  return left
}

/**
 * Flash-sale items (秒杀场次的商品): one SKU in one session. The slot must be one of
 * settings/flashsale; the flash price at most the SKU's list price. Stock and shard count
 * are fixed at creation (the shards are written with the item); `flashItem.stock` moves
 * units later. Once a session has started its day, slot and SKU stay; price, limit,
 * tiers and stores may still change. Retiring takes the item out of the sale.
 */
export const flashItemKind: RecordKind<FlashItemRecord, Facts> = {
  kind: 'flashItem',
  collection: 'flash_items',
  searchText: (r) => `${r.day} ${r.start} ${r.skuId}`,
  async check(db, record, ctx) {
    const slot = (await flashSettings(db)).slots.find((s) => s.start === record.start)
    if (!slot) throw refuse('FLASH_SLOT_UNKNOWN', '开始时间须为秒杀场次之一')
    const sku = await findById<SkuDoc>(db, 'skus', record.skuId)
    const product = sku ? await findById<{ name: string; image?: string }>(db, 'products', sku.productId) : null
    if (!sku || !product) throw refuse('SKU_NOT_FOUND', '商品规格不存在')
    if (record.flashPriceFen > sku.priceFen) throw refuse('FLASH_PRICE_ABOVE_LIST', '秒杀价不能高于原价')
    await requireAll(db, 'stores', record.storeIds, 'STORE_NOT_FOUND', '门店不存在')
    return { minutes: slot.minutes, sku, product, now: ctx.now }
  },
  toDoc(r, before, { minutes, sku, product, now }) {
    const was = before as (StoredDoc & FlashItemDoc) | null
    if (was && now >= new Date(was.startAt) && (was.day !== r.day || was.start !== r.start || was.skuId !== r.skuId)) throw refuse('FLASH_STARTED', '已开场的秒杀不能改日期、场次或商品')
    const { item } = flashItemDocs({
      _id: r.id,
      day: r.day,
      start: r.start,
      minutes,
      skuId: sku._id,
      productId: sku.productId,
      category: sku.category,
      name: product.name,
      skuName: sku.name,
      image: product.image ?? '',
      listPriceFen: sku.priceFen,
      flashPriceFen: r.flashPriceFen,
      stock: was ? was.stock : r.stock,
      shards: was ? was.shards : r.shards,
      limit: r.limit,
      tiers: r.tiers,
      storeIds: r.storeIds,
    })
    if (!was && item.endAt <= now) throw refuse('FLASH_ENDED', '该场次已结束')
    const { _id, enabled: _enabled, ...fields } = item
    return fields
  },
  async alsoWrite(tx, after, before) {
    if (before) return
    const item = after as unknown as FlashItemDoc
    for (const [k, stock] of splitStock(item.stock, item.shards).entries()) await tx.collection('flash_shards').doc(shardIdOf(item._id, k)).set({ data: { itemId: item._id, stock } })
  },
  withLive: async (db, doc) => ({ ...doc, left: await shardsLeft(db, doc._id, Number(doc.shards)) }),
  toRecord: (d) => ({
    id: d._id,
    day: String(d.day),
    start: String(d.start),
    skuId: String(d.skuId),
    flashPriceFen: Number(d.flashPriceFen),
    stock: Number(d.stock),
    shards: Number(d.shards),
    limit: Number(d.limit),
    tiers: (d.tiers as FlashItemRecord['tiers'] | undefined) ?? null,
    storeIds: (d.storeIds as string[] | undefined) ?? [],
  }),
}
