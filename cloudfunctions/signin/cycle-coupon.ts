import type { TierTable } from '@/domain/member'
import { ActionError } from '../_shared/action-error'
import { issueInTx, newCouponId } from '../_shared/coupons'
import type { Tx } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'
import { ladderOf } from '../_shared/settings'

const WHY_NOT: Record<string, string> = {
  'COUPON.SOLD_OUT': '签到礼券已发完',
  'COUPON.LIMIT_REACHED': '签到礼券已达领取上限',
}

/**
 * The cycle day's coupon, issued in the check-in's transaction (stock and per-member
 * limit hold as for any claim). Decision: when the coupon cannot be given (sold out,
 * limit reached, ended, not for this tier), the sign-in still counts and pays its
 * points; the day records why there was no coupon and the member is told. A sign-in
 * must never fail because of a promotion's stock.
 */
export async function giveCycleCoupon(
  tx: Tx,
  input: { templateId: string; member: MemberDoc; table: TierTable; now: Date },
): Promise<{ couponId?: string; couponTitle?: string; couponNote?: string }> {
  try {
    const ladder = ladderOf(input.table)
    const coupon = await issueInTx(tx, { templateId: input.templateId, memberId: input.member._id, memberTier: input.member.tier, tierLadder: ladder, couponId: newCouponId(), now: input.now })
    return { couponId: coupon.id, couponTitle: coupon.title }
  } catch (e) {
    // Refusals are checked before issueInTx writes anything; anything else (a conflict) re-runs the transaction.
    if (!(e instanceof ActionError)) throw e
    return { couponNote: `${WHY_NOT[e.code] ?? '签到礼券暂不可领'}，本次仅发放积分` }
  }
}
