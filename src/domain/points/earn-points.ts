import { ok, type Result } from '../result'
import { MAX_FEN, isCount, pointsError } from './errors'

export type EarnInput = {
  /** What the member actually paid, integer fen. */
  paidFen: number
  /** Points per whole yuan before multipliers; default 1, 0 disables earning. */
  ratePerYuan?: number
  /** From the member's tier (1, 1.2, 1.5, 2 …). */
  tierMultiplier?: number
  /** From a running campaign (double points day = 2). */
  campaignMultiplier?: number
}

/** Multipliers and rates are rounded to 4 decimals and the product is computed exactly. */
const SCALE = 10_000n
const scaled = (x: number): bigint => BigInt(Math.round(x * 10_000))
const within = (x: unknown, min: number, max: number): x is number =>
  typeof x === 'number' && Number.isFinite(x) && x >= min && x <= max

/**
 * Points earned for a payment: floor(yuan × rate × tier × campaign), never negative.
 * Computed in BigInt so that 1.2 × 1.5 never floors 180 down to 179 through float error.
 */
export function earnPoints({ paidFen, ratePerYuan = 1, tierMultiplier = 1, campaignMultiplier = 1 }: EarnInput): Result<number> {
  if (!isCount(paidFen) || paidFen > MAX_FEN) return pointsError('INVALID_AMOUNT')
  if (!within(ratePerYuan, 0, 100)) return pointsError('INVALID_RATE')
  if (!within(tierMultiplier, 1, 10) || !within(campaignMultiplier, 1, 10)) return pointsError('INVALID_MULTIPLIER')
  const numerator = BigInt(paidFen) * scaled(ratePerYuan) * scaled(tierMultiplier) * scaled(campaignMultiplier)
  // 100 fen per yuan; BigInt division truncates, which is floor for non-negative values.
  return ok(Number(numerator / (100n * SCALE * SCALE * SCALE)))
}
