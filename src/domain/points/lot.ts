/**
 * The points ledger: every change is a new immutable entry; earnings also open a lot that
 * remembers how much of that earning is still unspent and when it expires.
 */

/** Points earned at one time, spent and expired first-expiring-first. */
export type Lot = Readonly<{
  id: string
  earnedAt: Date
  expiresAt: Date
  /** What was earned (positive). */
  amount: number
  /** What is still unspent and unexpired, 0..amount. */
  remaining: number
}>

/** Why a ledger entry exists: earn.* are positive, spend.* and expire negative, the rest either. */
export type LedgerCode =
  | 'earn.order'
  | 'earn.till'
  | 'earn.signin'
  | 'earn.campaign'
  | 'spend.mall'
  | 'spend.order'
  | 'spend.makeup'
  | 'expire'
  | 'reverse.refund'
  | 'adjust.admin'
  /** Points an order held, given back when it is cancelled, expires or is fully refunded. */
  | 'return.order'

export const LEDGER_CODES: readonly LedgerCode[] = [
  'earn.order', 'earn.till', 'earn.signin', 'earn.campaign',
  'spend.mall', 'spend.order', 'spend.makeup', 'expire', 'reverse.refund', 'adjust.admin', 'return.order',
]

/** A ledger entry to write; the caller adds the id, the member and the requestId. */
export type LedgerEntryDraft = Readonly<{
  code: LedgerCode
  /** Signed integer points: the balance is the sum of all entries. */
  amount: number
  lotId?: string
  at: Date
}>

/** A lot is spendable at `now` while now <= expiresAt (expiry is the last usable millisecond). */
export const isLotUsable = (lot: Lot, now: Date): boolean =>
  lot.remaining > 0 && lot.expiresAt.getTime() >= now.getTime()
