import type { TimerContext } from '../_shared/define-function'
import { forEachPage } from '../_shared/paging'
import { postExpiry } from '../_shared/points-ledger'
import { inTransaction } from '../_shared/transaction'

/**
 * Timer `expirePoints` (daily, just after midnight Asia/Shanghai): writes an `expire`
 * entry for every lot past its last usable millisecond. Spending already skips such
 * lots, so a late run never lets anyone spend expired points. Accounts are walked in _id
 * order (the primary key): a filter on `lots.expiresAt` too would be a second range in one
 * query, which no index serves.
 */
export async function expirePoints({ db, now }: TimerContext) {
  let expired = 0
  await forEachPage<{ _id: string; lots?: { expiresAt: Date }[] }>(
    db,
    'points_accounts',
    {},
    async (page) => {
      const due = page.filter((a) => a.lots?.some((lot) => new Date(lot.expiresAt) < now))
      for (const { _id } of due) expired += await inTransaction(db, (tx) => postExpiry(tx, _id, now))
    },
    { fields: { _id: true, 'lots.expiresAt': true } },
  )
  return { expired }
}
