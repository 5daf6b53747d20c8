import { checkJoinLines, type JoinLine } from '@/domain/groupbuy'
import { priceOrder, type PricedOrder } from '@/domain/orders'
import { unwrap } from '../_shared/action-error'
import type { ChainDoc, ChainProductDoc } from '../_shared/groupbuy/chain-docs'
import type { Db } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'
import { loadMemberWallet } from '../_shared/orders/member-wallet'
import type { SkuDoc } from '../_shared/stock'

export interface MembershipChoice {
  couponId?: string | null
  usePoints: boolean
}

export interface PricedJoin {
  member: MemberDoc
  priced: PricedOrder
  /** The join's lines with the chain product and the unit price the member pays. */
  lines: { key: string; quantity: number; product: ChainProductDoc; unitFen: number; lineFen: number }[]
  couponTitle: string | null
  pointsBalance: number
}

/**
 * A chain join priced by THE checkout rule (priceOrder), not a rule of its own. The chain
 * price is the base (the "list" price of the line); the SKU's tier member prices still
 * apply through tierPrice, which never goes above that base, so a member pays the lower of
 * the chain price and their tier price. Then one coupon (scopes, the pickup store) and
 * points on what is left, so payable + coupon + points = subtotal.
 * `held` is what the member already holds of the chain, for the per-person limit.
 */
export async function priceChainJoin(db: Db, member: MemberDoc, chain: ChainDoc, asked: readonly JoinLine[], held: Readonly<Record<string, number>>, choice: MembershipChoice, now: Date): Promise<PricedJoin> {
  const openid = member._id
  const checked = unwrap(checkJoinLines(chain.products, asked, chain.perPersonLimit, held))
  const products = checked.lines.map((l) => chain.products.find((p) => p.key === l.key)!)
  const [skus, wallet] = await Promise.all([
    db.collection('skus').where({ _id: db.command.in(products.map((p) => p.skuId)) }).limit(100).get(),
    loadMemberWallet(db, openid, now),
  ])
  const memberPrices = new Map((skus.data as SkuDoc[]).map((s) => [s._id, s.memberPrices]))
  const priced = unwrap(
    priceOrder({
      lines: checked.lines.map((l, i) => ({ sku: { skuId: products[i].skuId, productId: products[i].productId, category: products[i].category, priceFen: products[i].chainPriceFen, memberPrices: memberPrices.get(products[i].skuId) }, quantity: l.quantity })),
      tier: member.tier,
      tierLadder: wallet.ladder,
      coupons: wallet.coupons,
      couponId: choice.couponId,
      usePoints: choice.usePoints,
      pointsBalance: wallet.pointsBalance,
      storeId: chain.storeId,
      now,
    }),
  )
  const lines = checked.lines.map((l, i) => ({ key: l.key, quantity: l.quantity, product: products[i], unitFen: priced.lines[i].unitPriceFen, lineFen: priced.lines[i].lineFen }))
  const couponTitle = priced.coupon ? (wallet.coupons.find((c) => c.id === priced.coupon!.couponId)?.title ?? null) : null
  return { member, priced, lines, couponTitle, pointsBalance: wallet.pointsBalance }
}
