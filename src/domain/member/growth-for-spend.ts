import { ok, type Result } from '../result'
import { memberError } from './errors'

/** Growth for a payment: 1 per whole yuan actually paid (floor), so 99 fen earns nothing. */
export function growthForSpend(paidFen: number): Result<number> {
  if (!Number.isSafeInteger(paidFen) || paidFen < 0 || paidFen > 1_000_000_000) return memberError('INVALID_AMOUNT')
  return ok(Math.floor(paidFen / 100))
}
