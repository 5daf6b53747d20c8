import type { FulfilmentInput } from '@/contracts/order'
import { priceOrder, type PricedOrder, type SkuPrice } from '@/domain/orders'
import { unwrap } from '../_shared/action-error'
import { findById, type Db } from '../_shared/db'
import { requireMember, type MemberDoc } from '../_shared/members'
import { loadMemberWallet } from '../_shared/orders/member-wallet'
import { bySku, type SkuDoc } from '../_shared/stock'
import { orderRefusal } from '../_shared/orders/refusal'

export interface CheckoutInput {
  lines: { skuId: string; quantity: number }[]
  fulfilment: FulfilmentInput
  couponId?: string | null
  usePoints: boolean
}

export interface ProductDoc {
  _id: string
  name: string
  image: string
  storeIds?: string[] | null
  /** false once retired in the console (taken off sale). */
  onSale?: boolean
}

export interface StoreDoc {
  _id: string
  name: string
  address?: string
}

export interface Checkout {
  member: MemberDoc
  priced: PricedOrder
  skus: Map<string, SkuDoc>
  products: Map<string, ProductDoc>
  store: StoreDoc | null
  couponTitle: string | null
  pointsBalance: number
}

/**
 * Everything an order is priced from, read fresh from the database (never from the
 * client): the SKUs and their tier prices, the pickup store and whether it carries
 * every product, the member's coupons and points. Then the shared domain rule prices it.
 */
export async function loadCheckout(db: Db, openid: string, input: CheckoutInput, now: Date): Promise<Checkout> {
  const member = await requireMember(db, openid)
  const _ = db.command
  const lines = bySku(input.lines)
  if (lines.some((l) => l.quantity > 99)) throw orderRefusal('INVALID_QUANTITY')
  const skuDocs = (await db.collection('skus').where({ _id: _.in(lines.map((l) => l.skuId)) }).limit(100).get()).data as SkuDoc[]
  const skus = new Map(skuDocs.map((s) => [s._id, s]))
  if (lines.some((l) => !skus.has(l.skuId))) throw orderRefusal('SKU_NOT_FOUND')
  const productDocs = (await db.collection('products').where({ _id: _.in([...new Set(skuDocs.map((s) => s.productId))]) }).limit(100).get()).data as ProductDoc[]
  const products = new Map(productDocs.map((p) => [p._id, p]))
  // A product taken off sale (retired in the console) cannot be bought from an old cart or link.
  if (skuDocs.some((s) => !products.has(s.productId) || products.get(s.productId)!.onSale === false)) throw orderRefusal('SKU_NOT_FOUND')

  let store: StoreDoc | null = null
  if (input.fulfilment.kind === 'pickup') {
    const storeId = input.fulfilment.storeId
    store = await findById<StoreDoc>(db, 'stores', storeId)
    if (!store) throw orderRefusal('STORE_NOT_FOUND')
    if (productDocs.some((p) => p.storeIds && !p.storeIds.includes(storeId))) throw orderRefusal('NOT_IN_STORE')
  }

  const { coupons, ladder, pointsBalance } = await loadMemberWallet(db, openid, now)
  const priced = unwrap(
    priceOrder({
      lines: lines.map((l) => ({ sku: toSkuPrice(skus.get(l.skuId)!), quantity: l.quantity })),
      tier: member.tier,
      tierLadder: ladder,
      coupons,
      couponId: input.couponId,
      usePoints: input.usePoints,
      pointsBalance,
      storeId: store?._id,
      now,
    }),
  )
  const couponTitle = priced.coupon ? (coupons.find((c) => c.id === priced.coupon!.couponId)?.title ?? null) : null
  return { member, priced, skus, products, store, couponTitle, pointsBalance }
}

const toSkuPrice = (s: SkuDoc): SkuPrice => ({ skuId: s._id, productId: s.productId, category: s.category, priceFen: s.priceFen, memberPrices: s.memberPrices })

/** The priced lines with the names and images the order keeps (a snapshot). */
export const namedLines = (c: Checkout) =>
  c.priced.lines.map((l) => {
    const sku = c.skus.get(l.skuId)!
    const product = c.products.get(l.productId)!
    return { ...l, name: product.name, skuName: sku.name, image: product.image ?? '' }
  })

export const storeView = (s: StoreDoc | null) => (s ? { storeId: s._id, name: s.name, address: s.address ?? '' } : null)
