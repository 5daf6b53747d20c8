import { ok, type Result } from '../result'
import { isCount, pointsError } from './errors'
import { isLotUsable, type Lot } from './lot'
import { usableBalance } from './usable-balance'

export type LotDeduction = Readonly<{ lotId: string; amount: number; remaining: number }>

export type SpendPlan = Readonly<{
  /** Per-lot deductions, in the order taken; `remaining` is the lot's new remaining. */
  deductions: LotDeduction[]
  /** Every lot given, with the new remaining (new objects for changed lots, inputs untouched). */
  lots: Lot[]
}>

/** Soonest expiry first, then oldest earning, then id, so the order is total and repeatable. */
const byExpiry = (a: Lot, b: Lot): number =>
  a.expiresAt.getTime() - b.expiresAt.getTime() || a.earnedAt.getTime() - b.earnedAt.getTime() || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)

/**
 * Plans spending `amount` points from the member's lots: the points closest to expiring go
 * first (members lose the least), expired lots are skipped even if the expiry job has not run.
 */
export function spendFromLots(lots: readonly Lot[], amount: number, now: Date): Result<SpendPlan> {
  if (!isCount(amount) || amount === 0) return pointsError('INVALID_AMOUNT')
  if (usableBalance(lots, now) < amount) return pointsError('INSUFFICIENT')

  const newRemaining = new Map<string, number>()
  const deductions: LotDeduction[] = []
  let left = amount
  for (const lot of lots.filter((l) => isLotUsable(l, now)).sort(byExpiry)) {
    if (left === 0) break
    const take = Math.min(left, lot.remaining)
    left -= take
    newRemaining.set(lot.id, lot.remaining - take)
    deductions.push({ lotId: lot.id, amount: take, remaining: lot.remaining - take })
  }
  const next = lots.map((lot) => (newRemaining.has(lot.id) ? { ...lot, remaining: newRemaining.get(lot.id)! } : lot))
  return ok({ deductions, lots: next })
}
