import { ok, type Result } from '../result'
import { isCount, pointsError } from './errors'

export type ReverseInput = {
  /** Points to take back: what the refunded order (or its refunded part) earned. */
  earnedAmount: number
  /** What is still unspent in the lot that earning opened (0 once spent or expired). */
  lotRemaining: number
  /** The member's current balance, which includes lotRemaining. */
  balance: number
}

export type Reversal = Readonly<{
  /** Taken from the earning's own lot. */
  fromLot: number
  /** Taken from the rest of the balance (the caller spends it soonest-expiry first). */
  fromBalance: number
  /** fromLot + fromBalance: the 'reverse.refund' entry is -total. */
  total: number
  /** What could not be taken back without a negative balance; record it, do not chase it. */
  writtenOff: number
}>

/**
 * Takes back points earned by an order that is refunded.
 *
 * Rule (decided): first what is left of that earning's own lot, then the rest of the
 * balance, never below zero. If the member already spent the points and has too few left,
 * the shortfall is written off: the balance never goes negative (an invariant of the
 * ledger) and a member is never asked to "owe" points. The write-off is returned so the
 * caller can record it on the refund for audit.
 */
export function reverseEarning({ earnedAmount, lotRemaining, balance }: ReverseInput): Result<Reversal> {
  if (!isCount(earnedAmount) || !isCount(lotRemaining) || !isCount(balance)) return pointsError('INVALID_AMOUNT')
  // The lot is part of the balance; a larger lot means the caller's figures disagree.
  if (lotRemaining > balance) return pointsError('INVALID_AMOUNT')
  const fromLot = Math.min(earnedAmount, lotRemaining)
  const fromBalance = Math.min(earnedAmount - fromLot, balance - fromLot)
  const total = fromLot + fromBalance
  return ok({ fromLot, fromBalance, total, writtenOff: earnedAmount - total })
}
