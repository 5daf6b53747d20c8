import { isLotUsable, type Lot } from './lot'

/** Points that can be spent at `now`: the remaining of lots that have not expired. */
export const usableBalance = (lots: readonly Lot[], now: Date): number =>
  lots.reduce((sum, lot) => (isLotUsable(lot, now) ? sum + lot.remaining : sum), 0)
