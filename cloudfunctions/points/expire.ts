import type { TimerContext } from '../_shared/define-function'
import { postExpiry, type PointsAccount } from '../_shared/points-ledger'
import { inTransaction } from '../_shared/transaction'

const PAGE = 100

/**
 * Timer `expirePoints` (daily, just after midnight Asia/Shanghai): writes an `expire`
 * entry for every lot past its last usable millisecond. Spending already skips such
 * lots, so a late run never lets anyone spend expired points.
 */
export async function expirePoints({ db, now }: TimerContext) {
  const _ = db.command
  let after = ''
  let expired = 0
  for (;;) {
    const page = (await db.collection('points_accounts').where({ _id: _.gt(after), 'lots.expiresAt': _.lt(now) }).orderBy('_id', 'asc').limit(PAGE).field({ _id: true }).get()).data as Pick<PointsAccount, '_id'>[]
    for (const { _id } of page) expired += await inTransaction(db, (tx) => postExpiry(tx, _id, now))
    if (page.length < PAGE) break
    after = page[page.length - 1]._id
  }
  return { expired }
}
