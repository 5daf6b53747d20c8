import type { TimerContext } from '../_shared/define-function'
import type { Db } from '../_shared/db'
import type { CollectionName } from '../../database/schema'
import { runJob } from '../_shared/jobs/run-job'

const DAY_MS = 24 * 60 * 60 * 1000

/**
 * How long records that only serve a while are kept, in days.
 * - requests: a replay's first reply. Clients retry within minutes (a saved requestId is
 *   resent at most until the member gives up), and every guard that must last longer is
 *   a unique key of its own (ledger entries, receipts, codes used, claims, sign-ins), so
 *   90 days is far past any retry. The birthday gift's per-year record is only read on
 *   the birthday itself, so dropping it months later gives nothing twice.
 * - member_touches: scans after the first (attribution is on the member and stays);
 *   operators read them to find stale posters, half a year back is enough.
 */
export const RETENTION_DAYS = { requests: 90, member_touches: 180 } as const satisfies Partial<Record<CollectionName, number>>

const PAGE = 100

/**
 * Drains one collection's records older than its retention, oldest first, as a resumable
 * job (each firing works for a bounded time; the next firing in the window carries on).
 */
async function purge(db: Db, coll: keyof typeof RETENTION_DAYS, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS[coll] * DAY_MS)
  const { changed } = await runJob<{ _id: string }>(db, now, {
    name: `member.purgeRecords.${coll}`,
    period: 'continuous',
    pageSize: PAGE,
    drain: true,
    page: async () => (await db.collection(coll).where({ at: db.command.lt(cutoff) }).orderBy('at', 'asc').limit(PAGE).field({ _id: true }).get()).data as { _id: string }[],
    visit: async (page) => (page.length ? (await db.collection(coll).where({ _id: db.command.in(page.map((d) => d._id)) }).remove()).stats.removed : 0),
  })
  return changed
}

/** Timer `purgeRecords` (every minute 01:00-01:59 Shanghai): removes records past their retention, page by page. */
export async function purgeRecords({ db, now }: TimerContext) {
  return { requests: await purge(db, 'requests', now), touches: await purge(db, 'member_touches', now) }
}
