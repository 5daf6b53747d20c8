import type { CartLineInput } from '@/contracts/catalog'
import type { ActionContext } from '../_shared/define-function'
import { findById, type Db } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { tierLadder } from '../_shared/settings'
import { bySku } from '../_shared/stock'
import { callerTier, skuView, type CatalogProduct, type CatalogSku } from './catalog-docs'

/** The cart's lines resolved against the catalog; lines whose SKU is gone are left out. */
async function resolve(db: Db, openid: string, lines: CartLineInput[]) {
  if (!lines.length) return []
  const _ = db.command
  const skus = (await db.collection('skus').where({ _id: _.in(lines.map((l) => l.skuId)) }).limit(100).get()).data as CatalogSku[]
  const products = (await db.collection('products').where({ _id: _.in([...new Set(skus.map((s) => s.productId))]) }).limit(100).get()).data as CatalogProduct[]
  const [tier, ladder] = await Promise.all([callerTier(db, openid), tierLadder(db)])
  return lines.flatMap((l) => {
    const sku = skus.find((s) => s._id === l.skuId)
    const p = sku && products.find((x) => x._id === sku.productId)
    if (!sku || !p) return []
    const v = skuView(sku, tier, ladder)
    return [{ skuId: sku._id, productId: p._id, name: p.name, skuName: sku.name, image: p.image ?? '', category: p.category, priceFen: v.priceFen, myPriceFen: v.myPriceFen, quantity: l.quantity, stock: v.stock }]
  })
}

/** catalog.cart.get: the member's cart (carts/_id = openid). */
export async function getCart(_input: unknown, { db, openid }: ActionContext) {
  const cart = await findById<{ lines: CartLineInput[] }>(db, 'carts', openid)
  return { items: await resolve(db, openid, cart?.lines ?? []) }
}

/** catalog.cart.save: replaces the cart, once per requestId (a late retry cannot undo a newer save's reply). */
export async function saveCart(input: { requestId: string; lines: CartLineInput[] }, ctx: ActionContext) {
  const lines = bySku(input.lines).map((l) => ({ skuId: l.skuId, quantity: Math.min(l.quantity, 99) }))
  await onceOnly(ctx, 'catalog.cart.save', input.requestId, async (tx) => {
    await tx.collection('carts').doc(ctx.openid).set({ data: { lines, updatedAt: ctx.now } })
    return { saved: true }
  })
  return getCart({}, ctx)
}
