import type { CartLineInput, CartLineSet } from '@/contracts/catalog'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById, type Db, type Tx } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { tierLadder } from '../_shared/settings'
import { bySku } from '../_shared/stock'
import { callerTier, skuView, type CatalogProduct, type CatalogSku } from './catalog-docs'

const MAX_LINES = 50
const MAX_QUANTITY = 99

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

/**
 * Changes the member's cart in one transaction that reads it first, once per requestId:
 * parallel writes to one cart conflict and re-run, so none is lost.
 */
async function changeCart(ctx: ActionContext, scope: string, requestId: string, change: (lines: CartLineInput[]) => CartLineInput[]) {
  await onceOnly(ctx, scope, requestId, async (tx: Tx) => {
    const cart = await findById<{ lines: CartLineInput[] }>(tx, 'carts', ctx.openid)
    const lines = change(cart?.lines ?? [])
    if (lines.length > MAX_LINES) throw new ActionError('CATALOG.CART_FULL', `购物车最多放 ${MAX_LINES} 种商品`)
    await tx.collection('carts').doc(ctx.openid).set({ data: { lines, updatedAt: ctx.now } })
    return { saved: true }
  })
  return getCart({}, ctx)
}

/** catalog.cart.save: replaces the cart, once per requestId (a late retry cannot undo a newer save's reply). */
export async function saveCart(input: { requestId: string; lines: CartLineInput[] }, ctx: ActionContext) {
  const lines = bySku(input.lines).map((l) => ({ skuId: l.skuId, quantity: Math.min(l.quantity, MAX_QUANTITY) }))
  return changeCart(ctx, 'catalog.cart.save', input.requestId, () => lines)
}

/** catalog.cart.update: sets the listed lines (0 removes), keeps the rest and their order. */
export async function updateCart(input: { requestId: string; lines: CartLineSet[] }, ctx: ActionContext) {
  const wanted = new Map(input.lines.map((l) => [l.skuId, l.quantity]))
  return changeCart(ctx, 'catalog.cart.update', input.requestId, (lines) => {
    const kept = lines.flatMap((l) => (wanted.has(l.skuId) ? (wanted.get(l.skuId)! > 0 ? [{ skuId: l.skuId, quantity: wanted.get(l.skuId)! }] : []) : [l]))
    const added = [...wanted].filter(([skuId, q]) => q > 0 && !lines.some((l) => l.skuId === skuId)).map(([skuId, quantity]) => ({ skuId, quantity }))
    return [...kept, ...added]
  })
}

/** catalog.cart.merge: a visitor's device cart added into the member's (quantities add up). */
export async function mergeCart(input: { requestId: string; lines: CartLineInput[] }, ctx: ActionContext) {
  const incoming = bySku(input.lines)
  return changeCart(ctx, 'catalog.cart.merge', input.requestId, (lines) => {
    const merged = lines.map((l) => {
      const more = incoming.find((i) => i.skuId === l.skuId)?.quantity ?? 0
      return { skuId: l.skuId, quantity: Math.min(l.quantity + more, MAX_QUANTITY) }
    })
    const added = incoming.filter((i) => !lines.some((l) => l.skuId === i.skuId)).map((i) => ({ skuId: i.skuId, quantity: Math.min(i.quantity, MAX_QUANTITY) }))
    return [...merged, ...added]
  })
}
