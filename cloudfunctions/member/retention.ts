import type { TimerContext } from '../_shared/define-function'
import type { Db } from '../_shared/db'
import type { CollectionName } from '../../database/schema'
import { forEachPage } from '../_shared/paging'

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

async function purge(db: Db, coll: keyof typeof RETENTION_DAYS, now: Date): Promise<number> {
  const cutoff = new Date(now.getTime() - RETENTION_DAYS[coll] * DAY_MS)
  let removed = 0
  await forEachPage<{ _id: string }>(
    db,
    coll,
    { at: db.command.lt(cutoff) },
    async (page) => {
      if (page.length) removed += (await db.collection(coll).where({ _id: db.command.in(page.map((d) => d._id)) }).remove()).stats.removed
    },
    { fields: { _id: true } },
  )
  return removed
}

/** Timer `purgeRecords` (daily, 01:30 Shanghai): removes records past their retention, a page at a time. */
export async function purgeRecords({ db, now }: TimerContext) {
  return { requests: await purge(db, 'requests', now), touches: await purge(db, 'member_touches', now) }
}
