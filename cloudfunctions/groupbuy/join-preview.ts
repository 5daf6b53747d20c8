import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { requireMember } from '../_shared/members'
import { holdId, requireChain } from '../_shared/groupbuy/chain-docs'
import { priceChainJoin, type MembershipChoice } from './chain-pricing'

/**
 * groupbuy.join.preview (member): the join sheet's numbers, from the same pricing as join
 * (tier price when lower than the chain price, one coupon, points). Nothing is held; an
 * absent couponId previews the best coupon, which the sheet then sends explicitly.
 */
export async function joinPreview(input: { chainId: string; lines: { key: string; quantity: number }[] } & MembershipChoice, { db, openid, now }: ActionContext) {
  const member = await requireMember(db, openid)
  const chain = await requireChain(db, input.chainId)
  const held = (await findById<{ taken: Record<string, number> }>(db, 'chain_holds', holdId(chain._id, openid)))?.taken ?? {}
  const { priced, lines, pointsBalance } = await priceChainJoin(db, member, chain, input.lines, held, input, now)
  return {
    lines: lines.map((l) => ({ skuId: l.product.skuId, productId: l.product.productId, name: l.product.name, skuName: l.product.unit, image: l.product.image, quantity: l.quantity, listPriceFen: l.product.chainPriceFen, unitPriceFen: l.unitFen, lineFen: l.lineFen })),
    coupons: {
      usable: priced.coupons.usable.map((u) => ({ couponId: u.coupon.id, title: u.coupon.title, discountFen: u.discountFen })),
      unusable: priced.coupons.unusable.map((u) => ({ couponId: u.coupon.id, title: u.coupon.title, reason: u.reason })),
      chosen: priced.coupon,
    },
    points: { balance: pointsBalance, maxPoints: priced.pointsAvailable.points, maxFen: priced.pointsAvailable.fen, used: priced.money.pointsUsed, fen: priced.money.pointsFen },
    money: priced.money,
  }
}
