import type { SkuView } from '@/contracts/catalog'
import type { TierLadder } from '@/domain/coupons'
import { tierPrice } from '@/domain/orders'
import type { Db } from '../_shared/db'
import { findById } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'
import type { SkuDoc } from '../_shared/stock'

export interface CatalogProduct {
  _id: string
  name: string
  category: string
  description?: string
  image: string
  images?: string[]
  unit: string
  priceFen: number
  storeIds?: string[] | null
  sort?: number
  onSale?: boolean
}

export type CatalogSku = SkuDoc

/** The caller's tier, or null for a visitor who has not joined. */
export const callerTier = async (db: Db, openid: string) => (await findById<MemberDoc>(db, 'members', openid))?.tier ?? null

export function skuView(s: CatalogSku, tier: string | null, ladder: TierLadder): SkuView {
  const price = { skuId: s._id, productId: s.productId, category: s.category, priceFen: s.priceFen, memberPrices: s.memberPrices }
  return { skuId: s._id, name: s.name, priceFen: s.priceFen, memberPrices: s.memberPrices ?? {}, myPriceFen: tier ? tierPrice(price, tier, ladder) : s.priceFen, stock: Math.max(0, s.stock) }
}

/** The SKUs of these products, in catalog order. */
export async function skusOf(db: Db, productIds: string[]): Promise<CatalogSku[]> {
  if (!productIds.length) return []
  return (await db.collection('skus').where({ productId: db.command.in(productIds) }).limit(1000).get()).data as CatalogSku[]
}
