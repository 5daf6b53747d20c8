import { couponValidity } from './coupon-validity'
import type { Coupon, CouponRules, CouponTemplate } from './types'

/** The template's usage rules, copied onto the coupon (later template edits leave it alone). */
function rulesOf(t: CouponTemplate): CouponRules {
  const { id: _id, validity: _v, stock: _s, perMemberLimit: _p, issuedBy: _i, refundable: _r, claimFrom: _f, claimUntil: _u, ...rules } = t
  return rules
}

/**
 * The member's new coupon. Call canClaim first (and count the claim atomically on the
 * server); this only builds the document. Ids come from the caller.
 */
export function issueCoupon(template: CouponTemplate, { couponId, ownerId, claimedAt }: { couponId: string; ownerId: string; claimedAt: Date }): Coupon {
  return { ...rulesOf(template), id: couponId, templateId: template.id, ownerId, status: 'available', ...couponValidity(template, claimedAt) }
}
