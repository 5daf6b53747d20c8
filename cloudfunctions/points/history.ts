import { businessMonth } from '@/domain/time'
import { LEDGER_TITLES } from '@/domain/points'
import type { HistoryCursor } from '@/contracts/points'
import type { ActionContext } from '../_shared/define-function'
import { requireMember } from '../_shared/members'
import type { LedgerEntry } from '../_shared/points-ledger'
import { pageByTime } from '../_shared/time-cursor-page'
import { ledgerDetails } from './ledger-details'

type Filter = 'all' | 'earn' | 'spend'

/**
 * points.history: newest first, a page at a time, in the stable order (at desc, _id desc).
 * The cursor is the last entry shown, (at, _id) (pageByTime: served by the (memberId, at,
 * _id) index). Entries are immutable, so a page never changes under the reader.
 */
export async function history(input: { filter: Filter; cursor?: HistoryCursor; limit: number }, { db, openid }: ActionContext) {
  await requireMember(db, openid)
  const _ = db.command
  const where: Record<string, unknown> = { memberId: openid }
  if (input.filter === 'earn') where.amount = _.gt(0)
  if (input.filter === 'spend') where.amount = _.lt(0)
  const after = input.cursor ? { at: new Date(input.cursor.at), id: input.cursor.id } : null
  const entries = await pageByTime<LedgerEntry>(db, 'points_ledger', { where, timeField: 'at', order: 'desc', after, limit: input.limit })
  const last = entries[entries.length - 1]
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
    nextCursor: entries.length === input.limit ? { at: last.at.toISOString(), id: last._id } : null,
  }
}
