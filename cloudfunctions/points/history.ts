import { businessMonth } from '@/domain/time'
import { LEDGER_TITLES } from '@/domain/points'
import type { HistoryCursor } from '@/contracts/points'
import type { ActionContext } from '../_shared/define-function'
import { requireMember } from '../_shared/members'
import type { LedgerEntry } from '../_shared/points-ledger'

type Filter = 'all' | 'earn' | 'spend'

/**
 * points.history: newest first, a page at a time, in the stable order (at desc, _id desc).
 * The cursor is the last entry shown, (at, _id): a page goes on with the rest of that
 * millisecond (smaller ids), then with older times. Two simple range queries rather
 * than one $or, so each is served by a (memberId, at, _id) index. Entries are immutable,
 * so a page never changes under the reader.
 */
export async function history(input: { filter: Filter; cursor?: HistoryCursor; limit: number }, { db, openid }: ActionContext) {
  await requireMember(db, openid)
  const _ = db.command
  const where: Record<string, unknown> = { memberId: openid }
  if (input.filter === 'earn') where.amount = _.gt(0)
  if (input.filter === 'spend') where.amount = _.lt(0)
  const ledger = db.collection('points_ledger')
  const entries: LedgerEntry[] = []
  if (input.cursor) {
    const sameTime = { ...where, at: new Date(input.cursor.at), _id: _.lt(input.cursor.id) }
    entries.push(...((await ledger.where(sameTime).orderBy('_id', 'desc').limit(input.limit).get()).data as LedgerEntry[]))
  }
  if (entries.length < input.limit) {
    const older = input.cursor ? { ...where, at: _.lt(new Date(input.cursor.at)) } : where
    entries.push(...((await ledger.where(older).orderBy('at', 'desc').orderBy('_id', 'desc').limit(input.limit - entries.length).get()).data as LedgerEntry[]))
  }
  const last = entries[entries.length - 1]
  return {
    items: entries.map((e) => ({
      id: e._id,
      code: e.code,
      title: LEDGER_TITLES[e.code],
      amount: e.amount,
      balanceAfter: e.balanceAfter,
      at: e.at.toISOString(),
      month: businessMonth(e.at),
    })),
    nextCursor: entries.length === input.limit ? { at: last.at.toISOString(), id: last._id } : null,
  }
}
