/**
 * The points ledger, written only here. A member's account document holds the balance
 * and the open lots; every change is one ledger entry (never edited, but for the
 * `reversedBy` mark an earning gets from its one reversal) plus the new
 * account, in the caller's transaction. The entry's _id is (member, requestId), so the
 * entry itself is the idempotency record: an earn is 4 single-document operations
 * (entry get, account get, entry add, account set) and a replay is 1.
 * Invariant: balance = sum of entries = sum of the lots' remaining; never negative.
 */
import { expireLots, isLotUsable, reverseEarning, spendFromLots, usableBalance, type LedgerCode, type Lot } from '@/domain/points'
import { ActionError, unwrap } from './action-error'
import { findById, type Db, type Tx } from './db'

export interface PointsAccount {
  _id: string
  balance: number
  lots: Lot[]
  updatedAt: Date
}

export interface LedgerEntry {
  _id: string
  memberId: string
  requestId: string
  code: LedgerCode
  amount: number
  balanceAfter: number
  /** What the entry was for; a till purchase also names its store. */
  ref: { type: string; id: string; storeId?: string } | null
  lotId: string | null
  /** For spends: which lots paid (and when they expire), so a return can give back to the same lots. */
  deductions: { lotId: string; amount: number; expiresAt?: Date }[]
  at: Date
  /** On an earning that was reversed: the requestId of its latest reversal. */
  reversedBy?: string
  /** Points taken back from this earning so far, by one or more reversals. */
  reversed?: number
}

interface Posting {
  memberId: string
  requestId: string
  code: LedgerCode
  ref?: { type: string; id: string; storeId?: string } | null
  now: Date
}

export const entryId = (memberId: string, requestId: string) => `${memberId}:${requestId}`

export async function readAccount(tx: Tx, memberId: string): Promise<PointsAccount> {
  return (await findById<PointsAccount>(tx, 'points_accounts', memberId)) ?? { _id: memberId, balance: 0, lots: [], updatedAt: new Date(0) }
}

/**
 * What a member can spend at `now`: the balance every screen shows (card, points centre,
 * till, mall). Lots past their expiry are not counted even before the expiry timer writes
 * them off, so no screen shows points that would be refused at checkout.
 */
export async function usablePoints(source: Db | Tx, memberId: string, now: Date): Promise<number> {
  return usableBalance((await findById<PointsAccount>(source, 'points_accounts', memberId))?.lots ?? [], now)
}

async function write(tx: Tx, account: PointsAccount, entry: LedgerEntry): Promise<LedgerEntry> {
  await tx.collection('points_ledger').add({ data: { ...entry } })
  const { _id, ...rest } = account
  await tx.collection('points_accounts').doc(_id).set({ data: { ...rest, lots: account.lots.filter((l) => l.remaining > 0), updatedAt: entry.at } })
  return entry
}

const draft = (p: Posting, amount: number, balanceAfter: number, extra: Partial<LedgerEntry> = {}): LedgerEntry => ({
  _id: entryId(p.memberId, p.requestId),
  memberId: p.memberId,
  requestId: p.requestId,
  code: p.code,
  amount,
  balanceAfter,
  ref: p.ref ?? null,
  lotId: null,
  deductions: [],
  at: p.now,
  ...extra,
})

/** Earns `amount` points as a new lot expiring at `expiresAt`. Replays return the first entry. */
export async function postEarning(tx: Tx, p: Posting & { amount: number; expiresAt: Date }): Promise<LedgerEntry> {
  const seen = await findById<LedgerEntry>(tx, 'points_ledger', entryId(p.memberId, p.requestId))
  if (seen) return seen
  const account = await readAccount(tx, p.memberId)
  const lot: Lot = { id: entryId(p.memberId, p.requestId), earnedAt: p.now, expiresAt: p.expiresAt, amount: p.amount, remaining: p.amount }
  const balance = account.balance + p.amount
  return write(tx, { ...account, balance, lots: [...account.lots, lot] }, draft(p, p.amount, balance, { lotId: lot.id }))
}

/** Spends `amount` points from the lots expiring first; `POINTS.INSUFFICIENT` otherwise. */
export async function postSpending(tx: Tx, p: Posting & { amount: number }): Promise<LedgerEntry> {
  const seen = await findById<LedgerEntry>(tx, 'points_ledger', entryId(p.memberId, p.requestId))
  if (seen) return seen
  const account = await readAccount(tx, p.memberId)
  const plan = unwrap(spendFromLots(account.lots, p.amount, p.now))
  const balance = account.balance - p.amount
  const expiry = new Map(account.lots.map((l) => [l.id, l.expiresAt]))
  const deductions = plan.deductions.map(({ lotId, amount }) => ({ lotId, amount, expiresAt: expiry.get(lotId) }))
  return write(tx, { ...account, balance, lots: [...plan.lots] }, draft(p, -p.amount, balance, { deductions }))
}

/** Writes one `expire` entry per lot past its expiry; idempotent per lot. */
export async function postExpiry(tx: Tx, memberId: string, now: Date): Promise<number> {
  const account = await readAccount(tx, memberId)
  const { entries } = expireLots(account.lots, now)
  let balance = account.balance
  for (const e of entries) {
    balance += e.amount
    await tx.collection('points_ledger').add({
      data: { ...draft({ memberId, requestId: `expire-${e.lotId}`, code: 'expire', now }, e.amount, balance, { lotId: e.lotId ?? null, at: e.at }) },
    })
  }
  if (entries.length === 0) return 0
  const gone = new Set(entries.map((e) => e.lotId))
  const { _id, ...rest } = account
  await tx.collection('points_accounts').doc(_id).set({ data: { ...rest, balance, lots: account.lots.filter((l) => !gone.has(l.id)), updatedAt: now } })
  return -entries.reduce((s, e) => s + e.amount, 0)
}

/**
 * Takes back the points of a refunded earning (rule in domain/points/reverse-earning):
 * first from that earning's own lot, then from the lots expiring first, never below
 * zero; the shortfall is written off and recorded on the entry. The reversal is recorded
 * on the earning (`reversedBy`, `reversed`), the only fields an entry ever gains.
 */
export async function postReversal(tx: Tx, p: Posting & { earningRequestId: string; amount?: number }): Promise<LedgerEntry & { writtenOff: number }> {
  const seen = await findById<LedgerEntry & { writtenOff: number }>(tx, 'points_ledger', entryId(p.memberId, p.requestId))
  if (seen) return seen
  const earning = await findById<LedgerEntry>(tx, 'points_ledger', entryId(p.memberId, p.earningRequestId))
  if (!earning || earning.amount <= 0) throw new ActionError('POINTS.EARNING_NOT_FOUND', '未找到对应的积分记录')
  // An earning is taken back at most once in total: partial reversals (partial refunds)
  // add up on the earning (`reversed`), capped at what it earned; once nothing is left,
  // another reversal (a refund retried under a new id, a second staff tap) gets the last
  // reversal's entry and takes nothing more.
  const already = earning.reversed ?? (earning.reversedBy ? earning.amount : 0)
  const left = earning.amount - already
  if (left <= 0) {
    const last = earning.reversedBy ? await findById<LedgerEntry & { writtenOff: number }>(tx, 'points_ledger', entryId(p.memberId, earning.reversedBy)) : null
    if (last) return last
  }
  const wanted = Math.min(p.amount ?? left, left)
  const account = await readAccount(tx, p.memberId)
  const own = account.lots.find((l) => l.id === earning.lotId && isLotUsable(l, p.now))
  const others = account.lots.filter((l) => l !== own)
  const reversal = unwrap(reverseEarning({ earnedAmount: wanted, lotRemaining: own?.remaining ?? 0, balance: usableBalance(account.lots, p.now) }))
  let lots = own ? [...others, { ...own, remaining: own.remaining - reversal.fromLot }] : others
  const deductions = own && reversal.fromLot ? [{ lotId: own.id, amount: reversal.fromLot }] : []
  if (reversal.fromBalance > 0) {
    const plan = unwrap(spendFromLots(lots, reversal.fromBalance, p.now))
    lots = [...plan.lots]
    deductions.push(...plan.deductions.map(({ lotId, amount }) => ({ lotId, amount })))
  }
  const balance = account.balance - reversal.total
  const entry = { ...draft(p, -reversal.total, balance, { deductions }), writtenOff: reversal.writtenOff }
  await write(tx, { ...account, balance, lots }, entry)
  await tx.collection('points_ledger').doc(earning._id).update({ data: { reversedBy: p.requestId, reversed: already + wanted } })
  return entry
}

/**
 * Gives back the points a spending took (an order held them and was cancelled, expired
 * or fully refunded): each part goes back to the lot it came from, with that lot's
 * expiry, so cancelling never extends the life of points. Replays return the first entry.
 */
export async function postSpendingReturn(tx: Tx, p: Posting & { spendRequestId: string }): Promise<LedgerEntry> {
  const seen = await findById<LedgerEntry>(tx, 'points_ledger', entryId(p.memberId, p.requestId))
  if (seen) return seen
  const spend = await findById<LedgerEntry>(tx, 'points_ledger', entryId(p.memberId, p.spendRequestId))
  if (!spend || spend.amount >= 0) throw new ActionError('POINTS.SPENDING_NOT_FOUND', '未找到对应的积分记录')
  const account = await readAccount(tx, p.memberId)
  let lots = [...account.lots]
  for (const d of spend.deductions) {
    const own = lots.find((l) => l.id === d.lotId)
    if (own) lots = lots.map((l) => (l === own ? { ...l, remaining: l.remaining + d.amount } : l))
    else lots.push({ id: `${entryId(p.memberId, p.requestId)}:${d.lotId}`, earnedAt: p.now, expiresAt: d.expiresAt ?? p.now, amount: d.amount, remaining: d.amount })
  }
  const balance = account.balance - spend.amount
  return write(tx, { ...account, balance, lots }, draft(p, -spend.amount, balance))
}
