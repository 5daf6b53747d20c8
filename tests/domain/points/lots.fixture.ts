import type { Lot } from '@/domain/points'

/** A lot from ISO strings; remaining defaults to amount. */
export const lot = (id: string, earnedAt: string, expiresAt: string, amount: number, remaining = amount): Lot => ({
  id,
  earnedAt: new Date(earnedAt),
  expiresAt: new Date(expiresAt),
  amount,
  remaining,
})

// End of 2026 and of 2027 in Shanghai, as UTC instants.
export const END_2026 = '2026-12-31T15:59:59.999Z'
export const END_2027 = '2027-12-31T15:59:59.999Z'
