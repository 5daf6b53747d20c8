import type { LedgerEntryDraft, Lot } from './lot'

export type ExpiryRun = Readonly<{
  /** The lots that expired, with remaining set to 0. */
  expired: Lot[]
  /** One 'expire' entry per expired lot, amount = -remaining. */
  entries: LedgerEntryDraft[]
}>

/**
 * What the expiry job must write at `now`: lots past their expiry (expiresAt < now) that
 * still hold points. Each entry is dated at the lot's expiresAt, not at `now`, so the
 * history reads the same whether the timer ran on time or late.
 */
export function expireLots(lots: readonly Lot[], now: Date): ExpiryRun {
  const due = lots.filter((lot) => lot.remaining > 0 && lot.expiresAt.getTime() < now.getTime())
  return {
    expired: due.map((lot) => ({ ...lot, remaining: 0 })),
    entries: due.map((lot) => ({ code: 'expire', amount: -lot.remaining, lotId: lot.id, at: lot.expiresAt })),
  }
}
