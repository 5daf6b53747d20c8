import type { TimerContext } from '../_shared/define-function'
import { runJob } from '../_shared/jobs/run-job'
import { HOLD_GRACE_MS, returnHold } from '../_shared/stock-holds'

const PAGE = 50

/**
 * Timer `reclaimHolds` (every minute): stock holds still open HOLD_GRACE_MS after they were
 * written belong to creates that never finished (a crash between taking the stock and
 * writing the order). Their stock goes back, once (see _shared/stock-holds.ts); ordered
 * holds only lose their SKU markers. Drained as a resumable job.
 */
export async function reclaimHolds({ db, now }: TimerContext) {
  const counts = { returned: 0, ordered: 0, gone: 0 }
  const { job } = await runJob<{ _id: string }>(db, now, {
    name: 'order.reclaimHolds',
    period: 'continuous',
    pageSize: PAGE,
    drain: true,
    page: async () =>
      (await db.collection('stock_holds').where({ open: true, createdAt: db.command.lte(new Date(now.getTime() - HOLD_GRACE_MS)) }).orderBy('createdAt', 'asc').limit(PAGE).field({ _id: true }).get()).data as { _id: string }[],
    visit: async (page) => {
      for (const { _id } of page) counts[await returnHold(db, _id, now)]++
      return page.length
    },
  })
  return { ...counts, job: { invocations: job.invocations, done: job.done } }
}
