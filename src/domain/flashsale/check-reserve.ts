import { err, ok, type Result } from '../result'
import { FlashCodes, FlashMessages } from './errors'
import type { FlashItemRules } from './types'

const refuse = (code: keyof typeof FlashMessages) => err(code, FlashMessages[code])

/** The most one reservation may ask for, whatever an item's limit says. */
export const MAX_UNITS_PER_RESERVATION = 10

/**
 * What is decided before any stock is touched: the quantity, the session's time on the
 * server's clock (the start instant itself is open; the end instant is closed), and the
 * tier when the caller knows it. The per-member limit over earlier reservations is not
 * here: it is enforced by one atomic conditional update, never check-then-write.
 */
export function checkReserve(rules: FlashItemRules, quantity: number, now: Date, tier?: string): Result<{ quantity: number }> {
  if (!Number.isInteger(quantity) || quantity < 1 || quantity > MAX_UNITS_PER_RESERVATION) return refuse(FlashCodes.INVALID_QUANTITY)
  if (now.getTime() < rules.startAt.getTime()) return refuse(FlashCodes.NOT_STARTED)
  if (now.getTime() >= rules.endAt.getTime()) return refuse(FlashCodes.ENDED)
  if (quantity > rules.limit) return refuse(FlashCodes.LIMIT)
  if (tier !== undefined && !tierAllowed(rules.tiers, tier)) return refuse(FlashCodes.TIER)
  return ok({ quantity })
}

export const tierAllowed = (tiers: readonly string[] | null, tier: string): boolean => !tiers || tiers.length === 0 || tiers.includes(tier)
