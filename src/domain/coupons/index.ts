/** Coupons: templates, claiming, the one-coupon-per-order chooser, and the coupon lifecycle. */
export type {
  CartLine,
  Coupon,
  CouponBenefit,
  CouponChannel,
  CouponIssuer,
  CouponRules,
  CouponScope,
  CouponStatus,
  CouponTemplate,
  CouponValidityRule,
  OrderChannel,
  TierLadder,
} from './types'
export { checkTemplate } from './check-template'
export { couponValidity } from './coupon-validity'
export { canClaim, type ClaimInput } from './can-claim'
export { claimButtonState, type ClaimButtonState } from './claim-button-state'
export { claimProgress } from './claim-progress'
export { issueCoupon } from './issue-coupon'
export { chooseCoupons, type CouponChoice, type UsableCoupon, type UnusableCoupon } from './choose-coupons'
export { applyCoupon, type PricedOrder } from './apply-coupon'
export { evaluateCoupon, type CheckoutContext } from './evaluate-coupon'
export { checkCouponUse, type CouponUse } from './check-coupon-use'
export { lockCoupon } from './lock-coupon'
export { releaseCoupon } from './release-coupon'
export { useCoupon } from './use-coupon'
export { refundCoupon } from './refund-coupon'
export { expireCoupon } from './expire-coupon'
export { walletTab, type WalletTab } from './wallet-tab'
export { walletBadge, type WalletBadge } from './wallet-badge'
export { sortWallet } from './sort-wallet'
export * from './describe-coupon'
export { formatYuan, weekdaysReason } from './format'
