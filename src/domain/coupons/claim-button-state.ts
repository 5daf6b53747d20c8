import { canClaim, type ClaimInput } from './can-claim'

/**
 * What the claim button says. '未开始' and '已结束' cover the two timing refusals; a member
 * whose tier is not eligible sees '不可领' (disabled), with the reason beside it (claimReason).
 */
export type ClaimButtonState = '领取' | '已领取' | '已抢光' | '去使用' | '未开始' | '已结束' | '不可领'

/**
 * @param input the same facts canClaim decides on, plus how many of this template's
 *   coupons the member holds unused right now (status available).
 */
export function claimButtonState(input: ClaimInput & { usableHeld: number }): ClaimButtonState {
  const r = canClaim(input)
  if (r.ok) return '领取'
  // Holding one that can be used beats every refusal: send the member to use it.
  if (input.usableHeld > 0) return '去使用'
  switch (r.code) {
    case 'COUPON.LIMIT_REACHED':
      return '已领取'
    case 'COUPON.SOLD_OUT':
      return '已抢光'
    case 'COUPON.NOT_STARTED':
    case 'COUPON.NOT_MEMBER_DAY':
      return '未开始'
    case 'COUPON.ENDED':
      return '已结束'
    case 'COUPON.TIER_NOT_ELIGIBLE':
      return '不可领'
    default:
      return '领取'
  }
}
