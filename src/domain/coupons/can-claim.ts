import { err, ok, type Result } from '../result'
import { isMemberDay } from '../campaigns/member-day'
import { businessDay } from '../time'
import { tiersReason, weekdaysReason } from './format'
import type { CouponTemplate, TierLadder } from './types'

export type ClaimInput = {
  template: CouponTemplate
  /** Coupons of this template claimed by everyone so far. */
  claimedSoFar: number
  /** Coupons of this template this member ever claimed (used and expired ones count). */
  claimedByMember: number
  memberTier: string
  now: Date
  tierLadder?: TierLadder
}

/** The claim window: explicit claimFrom/claimUntil, else the fixed period, else always open. */
function claimWindow(t: CouponTemplate): { from?: Date; until?: Date } {
  const fixed = t.validity.kind === 'fixed' ? t.validity : undefined
  return { from: t.claimFrom ?? fixed?.from, until: t.claimUntil ?? fixed?.to }
}

/**
 * Whether the member may claim one more coupon of the template now. The checks run in
 * the order a member would want to hear them: timing, tier, their own limit, then stock
 * (a member at their limit is told so even if the coupon also sold out).
 */
export function canClaim({ template, claimedSoFar, claimedByMember, memberTier, now, tierLadder }: ClaimInput): Result<true> {
  const { from, until } = claimWindow(template)
  const at = now.getTime()
  if (from && at < from.getTime()) return err('COUPON.NOT_STARTED', '活动未开始')
  // A fixed-period coupon is never handed out once its period is over.
  const lastUse = template.validity.kind === 'fixed' ? template.validity.to : undefined
  if ((until && at > until.getTime()) || (lastUse && at > lastUse.getTime())) return err('COUPON.ENDED', '活动已结束')
  // A member-day coupon is handed out on member day only (Asia/Shanghai weekdays).
  if (template.issuedBy === 'member-day' && template.weekdays?.length && !isMemberDay(template.weekdays, businessDay(now))) {
    return err('COUPON.NOT_MEMBER_DAY', `会员日专享，${weekdaysReason(template.weekdays).replace(/^仅限|使用$/g, '')}再来领取`)
  }
  if (template.tiers && !template.tiers.includes(memberTier)) {
    return err('COUPON.TIER_NOT_ELIGIBLE', tiersReason(template.tiers, tierLadder))
  }
  if (claimedByMember >= template.perMemberLimit) return err('COUPON.LIMIT_REACHED', '已达领取上限')
  if (claimedSoFar >= template.stock) return err('COUPON.SOLD_OUT', '已抢光')
  return ok(true)
}
