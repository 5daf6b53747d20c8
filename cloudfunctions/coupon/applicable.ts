import { chooseCoupons, type CartLine } from '@/domain/coupons'
import type { ActionContext } from '../_shared/define-function'
import { toCoupon, type CouponDoc } from '../_shared/coupons'
import { requireMember } from '../_shared/members'
import { tierLadder } from '../_shared/settings'

/** coupon.applicable: the same chooser the client previews with, on the member's wallet. */
export async function applicable(input: { lines: CartLine[]; storeId?: string; channel: 'online' | 'store' }, { db, openid, now }: ActionContext) {
  const member = await requireMember(db, openid)
  const docs = (await db.collection('coupons').where({ ownerId: openid, status: db.command.in(['available', 'locked']) }).limit(1000).get()).data as CouponDoc[]
  const ladder = await tierLadder(db)
  const choice = chooseCoupons({ lines: input.lines, storeId: input.storeId, channel: input.channel, now, tier: member.tier, tierLadder: ladder, coupons: docs.map(toCoupon) })
  return {
    usable: choice.usable.map((u) => ({ couponId: u.coupon.id, title: u.coupon.title, discountFen: u.discountFen })),
    unusable: choice.unusable.map((u) => ({ couponId: u.coupon.id, title: u.coupon.title, reason: u.reason })),
    best: choice.best ? { couponId: choice.best.coupon.id, discountFen: choice.best.discountFen } : null,
  }
}
