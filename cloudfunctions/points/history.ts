import { businessMonth } from '@/domain/time'
import { LEDGER_TITLES } from '@/domain/points'
import type { ActionContext } from '../_shared/define-function'
import { requireMember } from '../_shared/members'
import type { LedgerEntry } from '../_shared/points-ledger'
import { ledgerDetails } from './ledger-details'

/**
 * points.history: newest first, a page at a time. The cursor is the time of the last
 * entry shown; entries are immutable, so a page never changes under the reader.
 */
export async function history(input: { filter: 'all' | 'earn' | 'spend'; before?: string; limit: number }, { db, openid }: ActionContext) {
  await requireMember(db, openid)
  const _ = db.command
  const where: Record<string, unknown> = { memberId: openid }
  if (input.filter === 'earn') where.amount = _.gt(0)
  if (input.filter === 'spend') where.amount = _.lt(0)
  if (input.before) where.at = _.lt(new Date(input.before))
  const { data } = await db.collection('points_ledger').where(where).orderBy('at', 'desc').limit(input.limit).get()
  const entries = data as LedgerEntry[]
  const details = await ledgerDetails(db, entries)
  return {
    items: entries.map((e, i) => ({
      id: e._id,
      code: e.code,
      title: LEDGER_TITLES[e.code],
      amount: e.amount,
      balanceAfter: e.balanceAfter,
      at: e.at.toISOString(),
      month: businessMonth(e.at),
      detail: details[i],
    })),
    nextBefore: entries.length === input.limit ? entries[entries.length - 1].at.toISOString() : null,
  }
}
