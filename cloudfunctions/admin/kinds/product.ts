import type { ProductRecord, SkuRecord } from '@/contracts/admin-records'
import { ActionError } from '../../_shared/action-error'
import { findById, type Db } from '../../_shared/db'
import type { SkuDoc } from '../../_shared/stock'
import type { RecordKind, StoredDoc } from '../record-kind'

const refuse = (code: string, message: string) => new ActionError(`ADMIN.${code}`, message)

/** Every id exists in the collection, or the refusal. */
export async function requireAll(db: Db, collection: 'stores' | 'categories', ids: readonly string[], code: string, message: string): Promise<void> {
  for (const id of new Set(ids)) if (!(await findById(db, collection, id))) throw refuse(code, `${message}：${id}`)
}

/** Rules of one product's SKUs: unique ids, member prices at most the list price, none removed. */
function checkSkus(skus: readonly SkuRecord[], before: StoredDoc | null): void {
  if (new Set(skus.map((s) => s.id)).size !== skus.length) throw refuse('SKU_DUPLICATE', '规格编号不能重复')
  for (const s of skus) {
    if (Object.values(s.memberPrices).some((p) => p !== undefined && p > s.priceFen)) throw refuse('MEMBER_PRICE_ABOVE_LIST', `「${s.name}」的会员价不能高于原价`)
  }
  const kept = new Set(skus.map((s) => s.id))
  const removed = ((before?.skuIds as string[] | undefined) ?? []).filter((id) => !kept.has(id))
  if (removed.length) throw refuse('SKU_REMOVED', `规格不能删除（订单引用它们）：${removed.join('、')}，可将库存调为 0`)
}

/**
 * Products of the mall. The product document lists its SKU ids; each SKU is a document
 * of `skus` holding its price, member prices and stock, written in the product's
 * transaction. Stock is only ever set when a SKU is created: after that orders take it by
 * conditional decrement and `product.stock` moves it by increments, so an edit never
 * writes it. Retiring takes the product off sale.
 */
export const productKind: RecordKind<ProductRecord> = {
  kind: 'product',
  collection: 'products',
  searchText: (r) => `${r.name} ${r.category} ${r.skus.map((s) => `${s.id} ${s.name}`).join(' ')}`,
  async check(db, record) {
    await requireAll(db, 'categories', [record.category], 'CATEGORY_NOT_FOUND', '分类不存在')
    await requireAll(db, 'stores', record.storeIds ?? [], 'STORE_NOT_FOUND', '门店不存在')
    for (const s of record.skus) {
      const other = await findById<SkuDoc>(db, 'skus', s.id)
      if (other && other.productId !== record.id) throw refuse('SKU_TAKEN', `规格编号 ${s.id} 已属于其他商品`)
    }
  },
  toDoc(r, before) {
    checkSkus(r.skus, before)
    const { id: _id, skus, ...fields } = r
    return { ...fields, image: r.images[0], skuIds: skus.map((s) => s.id) }
  },
  async alsoWrite(tx, after, _before, record, db) {
    if (!record) return
    for (const [sort, s] of record.skus.entries()) {
      const fields = { productId: after._id, category: record.category, name: s.name, priceFen: s.priceFen, memberPrices: s.memberPrices, sort }
      // An update of the other fields (member prices replaced whole, not merged): never the stock.
      if (await findById(tx, 'skus', s.id)) await tx.collection('skus').doc(s.id).update({ data: { ...fields, memberPrices: db.command.set(s.memberPrices) } })
      else await tx.collection('skus').doc(s.id).set({ data: { ...fields, stock: s.stock } })
    }
  },
  async withLive(db, doc) {
    const skus: SkuDoc[] = []
    for (const id of (doc.skuIds as string[] | undefined) ?? []) {
      const sku = await findById<SkuDoc>(db, 'skus', id)
      if (sku) skus.push(sku)
    }
    return { ...doc, skus: skus.map((s) => ({ id: s._id, name: s.name, priceFen: s.priceFen, memberPrices: s.memberPrices ?? {}, stock: s.stock })) }
  },
  retiredFields: { onSale: false },
  toRecord: (d) => ({
    id: d._id,
    name: String(d.name ?? ''),
    category: String(d.category ?? ''),
    priceFen: Number(d.priceFen ?? 0),
    unit: String(d.unit ?? ''),
    description: String(d.description ?? ''),
    images: (d.images as string[] | undefined) ?? (d.image ? [String(d.image)] : []),
    storeIds: (d.storeIds as string[] | null | undefined) ?? null,
    sort: Number(d.sort ?? 0),
    onSale: d.onSale !== false,
    skus: (d.skus as SkuRecord[] | undefined) ?? [],
  }),
}
