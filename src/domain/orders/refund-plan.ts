import { ok, type Result } from '../result'
import { orderError } from './errors'

export type RefundPlan = {
  refundFen: number
  full: boolean
  /** Points used on the order that come back (all on a full refund, none on a partial one). */
  pointsBack: number
  /** Points earned on the order to take back: proportional to the money refunded, floored. */
  pointsToReverse: number
  /** Whether the coupon may come back (full refunds only; the template decides the rest). */
  couponBack: boolean
}

/**
 * Refund rule (README 「退款规则」): a refund gives back at most what was paid and not yet
 * refunded. A full refund returns the points used and the coupon (where its template
 * allows) and takes back all points earned; a partial refund returns money only and takes
 * back earned points in proportion, floored (the member keeps the fraction).
 */
export function planRefund(input: { paidFen: number; refundedFen: number; refundFen: number; pointsUsed: number; pointsEarned: number; pointsReversed?: number }): Result<RefundPlan> {
  const { paidFen, refundedFen, refundFen, pointsUsed, pointsEarned, pointsReversed = 0 } = input
  const left = paidFen - refundedFen
  if (!Number.isSafeInteger(refundFen) || refundFen < 1 || refundFen > left) return orderError('REFUND_AMOUNT')
  const full = refundedFen + refundFen === paidFen
  const owed = pointsEarned - pointsReversed
  const pointsToReverse = full ? owed : Math.min(owed, Math.floor((pointsEarned * refundFen) / paidFen))
  return ok({ refundFen, full, pointsBack: full ? pointsUsed : 0, pointsToReverse, couponBack: full })
}
