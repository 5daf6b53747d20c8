import { err, ok, type Result } from '../result'

/** The default ceiling of one till purchase: 5,000 yuan. Merchants change it in settings `points`. */
export const DEFAULT_TILL_CEILING_FEN = 500_000

/**
 * Whether a till purchase of `paidFen` may earn points. Above the merchant's ceiling the
 * amount is far more likely a typo (an extra zero) or an invented purchase than a real
 * one, so the till refuses it and the cashier checks the receipt.
 */
export function checkTillPurchase({ paidFen, ceilingFen }: { paidFen: number; ceilingFen: number }): Result<true> {
  if (paidFen > ceilingFen) return err('POINTS.OVER_TILL_CEILING', `单笔消费超过 ${Math.floor(ceilingFen / 100)} 元，请核对金额`)
  return ok(true)
}
