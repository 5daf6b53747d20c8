/**
 * What a member brings to a checkout besides the goods: their coupons (available or
 * locked: the chooser says why one does not fit), the tier ladder and their usable points.
 * Read fresh for every pricing, by the order function and by modules that sell through it
 * (the group buy), so both price with the same inputs to the same rule (priceOrder).
 */
import type { Coupon, TierLadder } from '@/domain/coupons'
import { usableBalance } from '@/domain/points'
import { toCoupon, type CouponDoc } from '../coupons'
import type { Db } from '../db'
import { readAccount } from '../points-ledger'
import { tierLadder } from '../settings'

export interface MemberWallet {
  coupons: Coupon[]
  ladder: TierLadder
  pointsBalance: number
}

export async function loadMemberWallet(db: Db, openid: string, now: Date): Promise<MemberWallet> {
  const [couponDocs, ladder, account] = await Promise.all([
    db.collection('coupons').where({ ownerId: openid, status: db.command.in(['available', 'locked']) }).limit(1000).get(),
    tierLadder(db),
    readAccount(db as never, openid),
  ])
  return { coupons: (couponDocs.data as CouponDoc[]).map(toCoupon), ladder, pointsBalance: usableBalance(account.lots, now) }
}
