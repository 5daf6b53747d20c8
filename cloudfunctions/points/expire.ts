import { businessDay } from '@/domain/time'
import type { TimerContext } from '../_shared/define-function'
import { pageAfter } from '../_shared/jobs/page-after'
import { runJob } from '../_shared/jobs/run-job'
import { postExpiry } from '../_shared/points-ledger'
import { inTransaction } from '../_shared/transaction'

const PAGE = 200

type AccountLots = { _id: string; lots?: { expiresAt: Date }[] }

/**
 * Timer `expirePoints` (just after midnight Asia/Shanghai; a resumable job, once per
 * business day): writes an `expire` entry for every lot past its last usable millisecond.
 * Spending already skips such lots, so a late run never lets anyone spend expired points.
 * Accounts are walked in _id order (the primary key): a filter on `lots.expiresAt` too
 * would be a second range in one query, which no index serves. postExpiry re-reads the
 * account in its transaction, so a page done twice writes nothing more.
 */
export async function expirePoints({ db, now }: TimerContext) {
  const { changed, job } = await runJob<AccountLots>(db, now, {
    name: 'points.expirePoints',
    period: businessDay(now),
    pageSize: PAGE,
    page: pageAfter(db, 'points_accounts', {}, { pageSize: PAGE, fields: { _id: true, 'lots.expiresAt': true } }),
    visit: async (accounts) => {
      let expired = 0
      for (const { _id } of accounts.filter((a) => a.lots?.some((lot) => new Date(lot.expiresAt) < now))) {
        expired += await inTransaction(db, (tx) => postExpiry(tx, _id, now))
      }
      return expired
    },
  })
  return { expired: changed, job }
}
