import { businessDay, weekday } from '../time'
import { err, ok, type Result } from '../result'
import { stateProblem } from './coupon-status'
import { tiersReason, weekdaysReason } from './format'
import type { Coupon, OrderChannel, TierLadder } from './types'

/** Where, when and by whom a coupon is being used, whether or not there is a cart. */
export type CouponUse = {
  /** The store that sells, fulfils or redeems. */
  storeId?: string
  channel: OrderChannel
  now: Date
  /** The member's tier code. */
  tier: string
  /** When re-pricing an order that already locked the coupon, that order's id. */
  orderId?: string
  tierLadder?: TierLadder
}

/**
 * The part of THE coupon rule that needs no cart: its state and period, channel, store,
 * tier and weekday. The checkout preview (evaluateCoupon) and the till's redemption both
 * ask it, so a coupon refused at one is refused at the other with the same reason text.
 */
export function checkCouponUse(c: Coupon, use: CouponUse): Result<true> {
  const stateWhy = stateProblem(c, use.now, use.orderId)
  if (stateWhy) return notUsable(stateWhy)
  if (c.channel !== 'both' && c.channel !== use.channel) return notUsable(c.channel === 'store' ? '仅限门店使用' : '仅限线上使用')
  if (c.storeIds && !(use.storeId && c.storeIds.includes(use.storeId))) return notUsable('不适用于当前门店')
  if (c.tiers && !c.tiers.includes(use.tier)) return notUsable(tiersReason(c.tiers, use.tierLadder))
  // Member days are Shanghai weekdays, whatever the host's timezone.
  if (c.weekdays && !c.weekdays.includes(weekday(businessDay(use.now)))) return notUsable(weekdaysReason(c.weekdays))
  return ok(true)
}

const notUsable = (reason: string) => err('COUPON.NOT_USABLE', reason)
