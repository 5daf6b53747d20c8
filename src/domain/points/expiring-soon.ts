import { addDays, businessDay, endOfDay, formatDate, type BusinessDay } from '../time'
import { formatPoints } from './format-points'
import { isLotUsable, type Lot } from './lot'

export type ExpiringGroup = Readonly<{ day: BusinessDay; expiresAt: Date; amount: number }>

/**
 * Points that will expire soon, grouped by the business day they expire on, soonest first.
 * "Soon" = from now to the end of the business day `withinDays` days after today
 * (0 = by the end of today). Already expired lots are left out: the expiry job handles them.
 */
export function expiringSoon(lots: readonly Lot[], now: Date, withinDays: number): ExpiringGroup[] {
  if (!Number.isInteger(withinDays) || withinDays < 0) throw new RangeError(`expiringSoon: withinDays must be a whole number >= 0, got ${withinDays}`)
  const horizon = endOfDay(addDays(businessDay(now), withinDays)).getTime()
  const groups = new Map<BusinessDay, { expiresAt: Date; amount: number }>()
  for (const lot of lots) {
    if (!isLotUsable(lot, now) || lot.expiresAt.getTime() > horizon) continue
    const day = businessDay(lot.expiresAt)
    const g = groups.get(day)
    if (!g) groups.set(day, { expiresAt: lot.expiresAt, amount: lot.remaining })
    else groups.set(day, { expiresAt: lot.expiresAt > g.expiresAt ? lot.expiresAt : g.expiresAt, amount: g.amount + lot.remaining })
  }
  return [...groups.entries()].sort(([a], [b]) => (a < b ? -1 : 1)).map(([day, g]) => ({ day, ...g }))
}

/** 「300 积分将于 2027-12-31 过期」 (the date is the Shanghai business day). */
export const formatExpiringSoon = (group: { expiresAt: Date; amount: number }): string =>
  `${formatPoints(group.amount)} 积分将于 ${formatDate(group.expiresAt)} 过期`
