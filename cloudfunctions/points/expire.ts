import type { TimerContext } from '../_shared/define-function'
import { forEachPage } from '../_shared/paging'
import { postExpiry, type PointsAccount } from '../_shared/points-ledger'
import { inTransaction } from '../_shared/transaction'

/**
 * Timer `expirePoints` (daily, just after midnight Asia/Shanghai): writes an `expire`
 * entry for every lot past its last usable millisecond. Spending already skips such
 * lots, so a late run never lets anyone spend expired points.
 */
export async function expirePoints({ db, now }: TimerContext) {
  let expired = 0
  await forEachPage<Pick<PointsAccount, '_id'>>(
    db,
    'points_accounts',
    { 'lots.expiresAt': db.command.lt(now) },
    async (page) => {
      for (const { _id } of page) expired += await inTransaction(db, (tx) => postExpiry(tx, _id, now))
    },
    { fields: { _id: true } },
  )
  return { expired }
}
