/**
 * Coupon types. A template is what marketing configures; a coupon is one member's copy,
 * carrying a snapshot of the template's rules so that editing a template later never
 * changes coupons already sitting in wallets.
 */

/** What the coupon gives. Money is integer fen. */
export type CouponBenefit =
  /** 满减: amountFen off once the eligible subtotal reaches thresholdFen. */
  | { kind: 'threshold'; thresholdFen: number; amountFen: number }
  /** 无门槛: amountFen off, no minimum. */
  | { kind: 'cash'; amountFen: number }
  /** 折扣: rate is the integer percent paid (85 = 8.5折), 1..99; optional cap on the saving. */
  | { kind: 'discount'; rate: number; capFen?: number }
  /** 兑换券: one unit of the sku is free. */
  | { kind: 'exchange'; sku: string; name: string }

export type CouponScope =
  | { kind: 'all' }
  | { kind: 'skus'; skus: string[] }
  | { kind: 'categories'; categories: string[] }

export type CouponChannel = 'online' | 'store' | 'both'
export type OrderChannel = 'online' | 'store'

export type CouponValidityRule =
  | { kind: 'fixed'; from: Date; to: Date }
  /** N business days counted from the claim day (the claim day is day 1), ending 23:59:59.999 Shanghai. */
  | { kind: 'days'; days: number }

export type CouponIssuer = 'center' | 'new-member' | 'community' | 'member-day' | 'birthday' | 'points-mall' | 'staff' | 'push'

/** The rules that decide where and how a coupon can be used: copied onto every coupon. */
export type CouponRules = CouponBenefit & {
  title: string
  /** ISO weekdays (1 = Monday … 7 = Sunday) in Asia/Shanghai; absent = every day. */
  weekdays?: number[]
  scope: CouponScope
  excludeSkus?: string[]
  channel: CouponChannel
  /** Absent = every store. */
  storeIds?: string[]
  /** Eligible member tier codes; absent = every tier. */
  tiers?: string[]
}

export type CouponTemplate = CouponRules & {
  id: string
  validity: CouponValidityRule
  /** Total coupons that may ever be claimed. */
  stock: number
  perMemberLimit: number
  issuedBy: CouponIssuer
  /** A used coupon comes back to the wallet when its order is fully refunded. */
  refundable: boolean
  /** Claim window; defaults: fixed validity → [from, to], days validity → always. */
  claimFrom?: Date
  claimUntil?: Date
}

export type CouponStatus = 'available' | 'locked' | 'used' | 'expired'

/** One member's coupon. */
export type Coupon = CouponRules & {
  id: string
  templateId: string
  ownerId: string
  status: CouponStatus
  validFrom: Date
  /** Inclusive: the coupon still works at this very millisecond. */
  validTo: Date
  /** Held by an unpaid order until `until`; a lapsed lock no longer holds. */
  lockedBy?: { orderId: string; until: Date }
  usedAt?: Date
  usedByOrderId?: string
}

/** A cart line: unit price in fen, whole units. */
export type CartLine = { sku: string; category: string; priceFen: number; quantity: number }

/** Member tiers from lowest to highest, with the names users see (owned by the member context). */
export type TierLadder = { code: string; name: string }[]
