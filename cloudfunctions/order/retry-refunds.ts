import type { TimerContext } from '../_shared/define-function'
import { refundAndDeliver } from '../_shared/orders/notifications'

const PAGE = 50
/** A refund call normally settles within minutes; one still pending after this is asked again. */
const STALE_MS = 10 * 60_000

/**
 * Timer `retryRefunds` (every 10 minutes): refunds recorded but not settled — the refund
 * call was lost, or its notification never came — are asked for again under the same
 * out_refund_no, so a refund is never forgotten and never doubled.
 */
export async function retryRefunds({ db, now }: TimerContext) {
  const stale = (await db.collection('refunds').where({ status: 'pending', createdAt: db.command.lte(new Date(now.getTime() - STALE_MS)) }).orderBy('createdAt', 'asc').limit(PAGE).field({ _id: true }).get()).data as { _id: string }[]
  let retried = 0
  for (const { _id } of stale) {
    try {
      await refundAndDeliver(db, _id, now)
      retried++
    } catch (e) {
      console.error(`[retryRefunds] ${_id} failed`, e)
    }
  }
  return { retried }
}
