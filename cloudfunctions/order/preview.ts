import type { ActionContext } from '../_shared/define-function'
import { loadCheckout, namedLines, storeView, type CheckoutInput } from './checkout'

/** order.preview: the server's numbers for the checkout page (nothing is held). */
export async function preview(input: CheckoutInput, { db, openid, now }: ActionContext) {
  const c = await loadCheckout(db, openid, input, now)
  const { priced } = c
  return {
    lines: namedLines(c).map(({ category: _c, ...l }) => l),
    coupons: {
      usable: priced.coupons.usable.map((u) => ({ couponId: u.coupon.id, title: u.coupon.title, discountFen: u.discountFen })),
      unusable: priced.coupons.unusable.map((u) => ({ couponId: u.coupon.id, title: u.coupon.title, reason: u.reason })),
      chosen: priced.coupon,
    },
    points: { balance: c.pointsBalance, maxPoints: priced.pointsAvailable.points, maxFen: priced.pointsAvailable.fen, used: priced.money.pointsUsed, fen: priced.money.pointsFen },
    money: priced.money,
    store: storeView(c.store),
  }
}
