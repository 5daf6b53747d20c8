import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { tierLadder } from '../_shared/settings'
import { callerTier, skusOf, skuView, type CatalogProduct } from './catalog-docs'

/** catalog.categories: the home page's category grid. */
export async function categories(_input: unknown, { db }: ActionContext) {
  const docs = (await db.collection('categories').orderBy('sort', 'asc').limit(100).get()).data as { _id: string; name: string; icon: string }[]
  return { items: docs.map((c) => ({ categoryId: c._id, name: c.name, icon: c.icon ?? '' })) }
}

/** catalog.feed: products on sale, in catalog order, a page at a time (cursor = last `sort`). */
export async function feed(input: { categoryId?: string; cursor?: number | null; limit: number }, { db, openid }: ActionContext) {
  const _ = db.command
  const where: Record<string, unknown> = { onSale: true }
  if (input.categoryId) where.category = input.categoryId
  if (input.cursor !== undefined && input.cursor !== null) where.sort = _.gt(input.cursor)
  const products = (await db.collection('products').where(where).orderBy('sort', 'asc').limit(input.limit).get()).data as CatalogProduct[]
  const [skus, tier, ladder] = await Promise.all([skusOf(db, products.map((p) => p._id)), callerTier(db, openid), tierLadder(db)])
  const items = products.map((p) => {
    const views = skus.filter((s) => s.productId === p._id).map((s) => skuView(s, tier, ladder))
    const lowest = (pick: (v: (typeof views)[number]) => number) => (views.length ? Math.min(...views.map(pick)) : p.priceFen)
    return { productId: p._id, name: p.name, category: p.category, image: p.image ?? '', unit: p.unit ?? '', fromPriceFen: lowest((v) => v.priceFen), myFromPriceFen: lowest((v) => v.myPriceFen), soldOut: views.every((v) => v.stock === 0) }
  })
  const last = products[products.length - 1]
  return { items, nextCursor: products.length === input.limit && last?.sort !== undefined ? last.sort : null }
}

/** catalog.product: detail with SKUs at the caller's tier, stock and the stores that carry it. */
export async function product(input: { productId: string }, { db, openid }: ActionContext) {
  const p = await findById<CatalogProduct>(db, 'products', input.productId)
  if (!p || p.onSale === false) throw new ActionError('CATALOG.PRODUCT_NOT_FOUND', '商品不存在或已下架')
  const [skus, tier, ladder] = await Promise.all([skusOf(db, [p._id]), callerTier(db, openid), tierLadder(db)])
  const where = p.storeIds ? { _id: db.command.in(p.storeIds) } : {}
  const stores = (await db.collection('stores').where(where).limit(100).get()).data as { _id: string; name: string; address?: string }[]
  return {
    productId: p._id,
    name: p.name,
    category: p.category,
    description: p.description ?? '',
    images: p.images?.length ? p.images : [p.image ?? ''],
    unit: p.unit ?? '',
    skus: skus.sort((a, b) => a.priceFen - b.priceFen).map((s) => skuView(s, tier, ladder)),
    stores: stores.map((s) => ({ storeId: s._id, name: s.name, address: s.address ?? '' })),
    tierName: tier ? (ladder.find((t) => t.code === tier)?.name ?? null) : null,
  }
}
