import type { TimerContext } from '../_shared/define-function'
import { findById, type Db } from '../_shared/db'
import { runJob } from '../_shared/jobs/run-job'
import { refundInFullInTx } from '../_shared/orders/merchant-refund'
import { refundAndDeliver } from '../_shared/orders/notifications'
import type { OrderDoc } from '../_shared/orders/order-doc'
import { inTransaction } from '../_shared/transaction'
import type { TeamDoc } from '../_shared/groupbuy/team-docs'

const PAGE = 20

const REASON = '拼团未成功，已自动退款'

/** One paid seat's order refunded in full, once: a second call finds it refunding and re-sends the same out_refund_no. */
async function refundSeat(db: Db, orderId: string, now: Date): Promise<void> {
  const refundNo = await inTransaction(db, async (tx) => {
    const order = await findById<OrderDoc>(tx, 'orders', orderId)
    return order ? (await refundInFullInTx(tx, order, REASON, 'timer', now)).refundNo : null
  })
  if (refundNo) await refundAndDeliver(db, refundNo, now)
}

/**
 * One team past its deadline: marked `failing` in a transaction on the team document (a
 * payment for its last seat, which writes the same document, either committed before —
 * and the team is full, not failed — or re-runs after and is refunded by the seat rule);
 * then each paid seat is refunded; then `failed`. A cut-off after `failing` is picked up
 * by the next firing, and every step is idempotent.
 */
export async function failTeam(db: Db, teamId: string, now: Date): Promise<boolean> {
  const team = await inTransaction(db, async (tx) => {
    const found = await findById<TeamDoc>(tx, 'teams', teamId)
    if (!found || (found.status === 'forming' && new Date(found.deadline).getTime() > now.getTime())) return null
    if (found.status === 'forming') {
      await tx.collection('teams').doc(teamId).update({ data: { status: 'failing', failedAt: now } })
      return { ...found, status: 'failing' as const }
    }
    return found.status === 'failing' ? found : null
  })
  if (!team) return false
  for (const seat of team.seats) await refundSeat(db, seat.orderId, now)
  await db.collection('teams').where({ _id: teamId, status: 'failing' }).update({ data: { status: 'failed' } })
  return true
}

/**
 * Timer `expireTeams` (every minute): teams not full at their deadline fail and refund
 * every paid member, drained as a resumable job (bounded work per firing; the next one
 * carries on). Teams left `failing` by a cut-off come first.
 */
export async function expireTeams({ db, now }: TimerContext) {
  let failed = 0
  const due = async (status: 'failing' | 'forming') => (await db.collection('teams').where({ status, deadline: db.command.lte(now) }).orderBy('deadline', 'asc').limit(PAGE).field({ _id: true }).get()).data as { _id: string }[]
  const { job } = await runJob<{ _id: string }>(db, now, {
    name: 'groupbuy.expireTeams',
    period: 'continuous',
    pageSize: PAGE,
    drain: true,
    page: async () => [...(await due('failing')), ...(await due('forming'))],
    visit: async (page) => {
      let progressed = 0
      for (const { _id } of page) {
        // One team whose refunds cannot be sent now is retried next minute; the rest go on.
        const done = await failTeam(db, _id, now).catch((e: unknown) => (console.error(`[expireTeams] ${_id}`, e), false))
        if (done) progressed++
      }
      failed += progressed
      return progressed
    },
  })
  return { failed, job: { invocations: job.invocations, done: job.done } }
}
