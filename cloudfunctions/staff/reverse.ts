import { checkReversal, reversalText } from '@/domain/staff'
import { ActionError, unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { postReversal } from '../_shared/points-ledger'
import { audit, requireStaff } from '../_shared/staff'
import type { StaffWorkDoc } from '../_shared/staff-work'

const notFound = () => new ActionError('STAFF.AWARD_NOT_FOUND', '未找到这笔积分')

/**
 * staff.reverse (店长 of the award's store, admin): takes a till award back within 24 hours,
 * as a new ledger entry (never an edit). The first reversal is stored on the award, and
 * any later one — another requestId, another 店长 — answers it, before the time check.
 * The ledger entry's requestId is the award's, so even racing reversals post once.
 * It reuses the ledger code `reverse.refund` (「退款扣回」) rather than adding one.
 */
export async function reverse(input: { requestId: string; awardId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  // Staff first: a caller who is not a 店长 learns nothing, not even whether the award exists.
  await requireStaff(db, openid, 'manager')
  const known = await findById<StaffWorkDoc>(db, 'staff_work', input.awardId)
  if (!known || known.kind !== 'award') throw notFound()
  await requireStaff(db, openid, { role: 'manager', storeId: known.storeId })
  return onceOnly(ctx, 'staff.reverse', input.requestId, async (tx) => {
    const award = (await findById<StaffWorkDoc>(tx, 'staff_work', input.awardId)) as StaffWorkDoc
    const reply = (r: NonNullable<StaffWorkDoc['reversal']>) => ({ awardId: award._id, points: r.points, balance: r.balance, writtenOff: r.writtenOff, text: r.text })
    if (award.reversal) return reply(award.reversal)
    unwrap(checkReversal({ at: new Date(award.at), points: award.points }, now))
    if (!award.ledgerRequestId) throw notFound()
    const entry = await postReversal(tx, { memberId: award.memberId, requestId: `reverse-${award._id}`, code: 'reverse.refund', earningRequestId: award.ledgerRequestId, ref: { type: 'till-reversal', id: award._id }, now })
    const points = -entry.amount
    const reversal = { points, balance: entry.balanceAfter, writtenOff: entry.writtenOff, text: reversalText(points, entry.writtenOff), by: openid, at: now }
    await tx.collection('staff_work').doc(award._id).update({ data: { reversal } })
    await audit(tx, { actor: openid, action: 'reverse', storeId: award.storeId, target: award._id, detail: { memberId: award.memberId, points }, now })
    return reply(reversal)
  })
}
