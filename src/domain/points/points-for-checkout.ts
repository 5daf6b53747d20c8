import { ok, type Result } from '../result'
import { MAX_FEN, isCount, pointsError } from './errors'

export type CheckoutInput = {
  /** Order amount payable before points, integer fen. */
  orderFen: number
  /** Member's usable balance. */
  balance: number
  /** Points worth one yuan; default 100 (1 point = 1 fen). */
  pointsPerYuan?: number
  /** At most this share of the order may be paid with points; default 0.5. */
  maxShare?: number
}

export type CheckoutPoints = Readonly<{ points: number; fen: number }>

/**
 * The most points a member may use on an order, and the fen they take off.
 * Points are used in whole-yuan blocks (whole hundreds of points by default), so the
 * deduction is always whole fen and whole yuan; the cap is floor(orderFen × maxShare).
 */
export function pointsForCheckout({ orderFen, balance, pointsPerYuan = 100, maxShare = 0.5 }: CheckoutInput): Result<CheckoutPoints> {
  if (!isCount(orderFen) || orderFen > MAX_FEN || !isCount(balance)) return pointsError('INVALID_AMOUNT')
  if (!Number.isInteger(pointsPerYuan) || pointsPerYuan < 1 || pointsPerYuan > 10_000) return pointsError('INVALID_RATE')
  if (typeof maxShare !== 'number' || !Number.isFinite(maxShare) || maxShare < 0 || maxShare > 1) return pointsError('INVALID_SHARE')
  // Share in basis points keeps the cap exact: 0.57 × 100 fen is 57, not 56.999….
  const capFen = Math.floor((orderFen * Math.round(maxShare * 10_000)) / 10_000)
  const yuan = Math.min(Math.floor(capFen / 100), Math.floor(balance / pointsPerYuan))
  return ok({ points: yuan * pointsPerYuan, fen: yuan * 100 })
}
