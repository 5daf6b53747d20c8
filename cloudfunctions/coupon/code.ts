import { MEMBER_CODE_REFRESH_MS, MEMBER_CODE_TTL_MS } from '@/domain/member'
import { walletTab } from '@/domain/coupons'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { requireOwnCoupon, toCoupon } from '../_shared/coupons'
import { issueCode } from '../_shared/member-code-signer'
import { requireMember } from '../_shared/members'
import { brandSettings } from '../_shared/settings'
import { issueCouponTillCode } from './till-code'

/**
 * coupon.code: the rotating QR of an in-store coupon, the same scheme as the member code,
 * and the 20 digits shown under it for a till that cannot scan (./till-code).
 */
export async function couponCode(input: { couponId: string }, { db, openid, now }: ActionContext) {
  const coupon = toCoupon(await requireOwnCoupon(db, input.couponId, openid))
  if (coupon.channel === 'online') throw new ActionError('COUPON.ONLINE_ONLY', '该券仅限线上使用')
  if (walletTab(coupon, now) !== '可使用' || coupon.status !== 'available') throw new ActionError('COUPON.NOT_USABLE', '该券当前不可用')
  const [{ brandId }, owner] = await Promise.all([brandSettings(db), requireMember(db, openid)])
  const { code } = issueCode('C', brandId, coupon.id, now)
  return { code, tillCode: issueCouponTillCode(brandId, owner.cardNo, coupon.id, now), issuedAt: now.toISOString(), expiresAt: new Date(now.getTime() + MEMBER_CODE_TTL_MS).toISOString(), refreshAfterMs: MEMBER_CODE_REFRESH_MS }
}
