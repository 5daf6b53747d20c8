import type { TimerContext } from '../_shared/define-function'
import type { Db } from '../_shared/db'
import { pageAfter } from '../_shared/jobs/page-after'
import { runJob } from '../_shared/jobs/run-job'
import { refundAndDeliver } from '../_shared/orders/notifications'
import type { RefundDoc } from '../_shared/orders/send-refund'

const PAGE = 50
/** A refund call normally settles within minutes; one still pending after this is asked again. */
const STALE_MS = 10 * 60_000

/** The retry round a time falls in: one walk of the pending refunds every ten minutes. */
export const retryRound = (now: Date) => new Date(Math.floor(now.getTime() / STALE_MS) * STALE_MS).toISOString()

type Pending = Pick<RefundDoc, '_id' | 'createdAt'>

/**
 * Timer `retryRefunds` (every minute; a resumable job, once per ten-minute round):
 * refunds recorded but not settled — the refund call was lost, or its notification never
 * came — are asked for again under the same out_refund_no, so a refund is never
 * forgotten and never doubled. Each refund is claimed for the round by a conditional
 * update before the call, so a page done twice, or two overlapping firings, ask once.
 */
export async function retryRefunds({ db, now }: TimerContext) {
  const round = retryRound(now)
  const { changed, job } = await runJob<Pending>(db, now, {
    name: 'order.retryRefunds',
    period: round,
    pageSize: PAGE,
    page: pageAfter(db, 'refunds', { status: 'pending' }, { pageSize: PAGE, fields: { _id: true, createdAt: true } }),
    visit: async (refunds, startedAt) => {
      const staleBefore = startedAt.getTime() - STALE_MS
      let retried = 0
      for (const r of refunds) {
        if (new Date(r.createdAt).getTime() > staleBefore) continue
        if (await retryOne(db, r._id, round, now)) retried++
      }
      return retried
    },
  })
  return { retried: changed, job }
}

async function retryOne(db: Db, refundNo: string, round: string, now: Date): Promise<boolean> {
  const claim = await db.collection('refunds').where({ _id: refundNo, status: 'pending', retriedIn: db.command.neq(round) }).update({ data: { retriedIn: round } })
  if (claim.stats.updated !== 1) return false
  try {
    await refundAndDeliver(db, refundNo, now)
    return true
  } catch (e) {
    // Asked again next round; the rest of the page goes on.
    console.error(`[retryRefunds] ${refundNo} failed`, e)
    return false
  }
}
