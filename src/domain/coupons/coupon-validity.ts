import { addDays, businessDay, endOfDay } from '../time'
import type { CouponTemplate } from './types'

/**
 * When a coupon claimed at `claimedAt` can be used.
 *
 * - fixed: exactly the template's [from, to].
 * - days: from the claim instant to 23:59:59.999 Asia/Shanghai of the Nth business day,
 *   where the claim day counts as day 1 (「领取后3天内有效」 claimed Monday at 22:00 ends
 *   Wednesday 23:59:59.999). Members read "3 days" as calendar days including today.
 *   `days` below 1 is treated as 1 (checkTemplate refuses it at configuration time).
 */
export function couponValidity(template: Pick<CouponTemplate, 'validity'>, claimedAt: Date): { validFrom: Date; validTo: Date } {
  const v = template.validity
  if (v.kind === 'fixed') return { validFrom: v.from, validTo: v.to }
  const lastDay = addDays(businessDay(claimedAt), Math.max(1, Math.floor(v.days)) - 1)
  return { validFrom: claimedAt, validTo: endOfDay(lastDay) }
}
