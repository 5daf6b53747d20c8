import { eligibleSubtotal } from '@/domain/coupons/cart'
import type { ActionContext } from '../_shared/define-function'
import { requireOwnCoupon, toCoupon } from '../_shared/coupons'

/** A product as seeded in `products` (_id = sku). */
interface ProductDoc {
  _id: string
  name: string
  category: string
  priceFen: number
  unit: string
  image: string
}

/** The catalogue is small (one brand's shelf); the host caps a read at 1000 rows. */
const MAX_PRODUCTS = 1000

/**
 * coupon.products: what 「立即使用」 shows. The query narrows by the coupon's scope; the
 * domain's own eligibility rule then has the last word (excluded skus, exchange coupons),
 * so this list and the checkout never disagree.
 */
export async function products(input: { couponId: string }, { db, openid }: ActionContext) {
  const coupon = toCoupon(await requireOwnCoupon(db, input.couponId, openid))
  const _ = db.command
  const where =
    coupon.scope.kind === 'skus' ? { _id: _.in(coupon.scope.skus) } : coupon.scope.kind === 'categories' ? { category: _.in(coupon.scope.categories) } : {}
  const docs = (await db.collection('products').where(where).orderBy('_id', 'asc').limit(MAX_PRODUCTS).get()).data as ProductDoc[]
  // One unit at a nominal price: in scope exactly when it counts toward the coupon.
  const applies = (p: ProductDoc) => eligibleSubtotal([{ sku: p._id, category: p.category, priceFen: 1, quantity: 1 }], coupon) > 0
  return {
    items: docs.filter(applies).map((p) => ({ sku: p._id, name: p.name, priceFen: p.priceFen, unit: p.unit ?? '', image: p.image ?? '', category: p.category })),
  }
}
