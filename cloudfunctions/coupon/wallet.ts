import { sortWallet, walletTab, type WalletTab } from '@/domain/coupons'
import type { ActionContext } from '../_shared/define-function'
import { requireOwnCoupon, toCoupon, type CouponDoc } from '../_shared/coupons'
import { requireMember } from '../_shared/members'
import { rulesOf, walletView } from './present'

/** A wallet holds at most this many coupons in view; older used ones drop off. */
const WALLET_ROWS = 1000

/** coupon.wallet: tabs 可使用 / 已使用 / 已过期 with counts, soonest expiry first. */
export async function wallet(input: { tab: WalletTab }, { db, openid, now }: ActionContext) {
  await requireMember(db, openid)
  const docs = (await db.collection('coupons').where({ ownerId: openid }).orderBy('validTo', 'desc').limit(WALLET_ROWS).get()).data as CouponDoc[]
  const coupons = sortWallet(docs.map(toCoupon), now)
  const counts = { '可使用': 0, '已使用': 0, '已过期': 0 }
  for (const c of coupons) counts[walletTab(c, now)]++
  return { counts, items: coupons.filter((c) => walletTab(c, now) === input.tab).map((c) => walletView(c, now)) }
}

export async function detail(input: { couponId: string }, { db, openid, now }: ActionContext) {
  const coupon = toCoupon(await requireOwnCoupon(db, input.couponId, openid))
  return { coupon: walletView(coupon, now), rules: rulesOf(coupon) }
}
