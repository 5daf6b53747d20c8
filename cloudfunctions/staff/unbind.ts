import { mayUnbind } from '@/domain/staff'
import { ActionError, forbidden } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { audit, requireStaff, type StaffDoc } from '../_shared/staff'

/**
 * staff.unbind: an admin, or the 店长 of the staff member's store, ends their seat. The
 * seat stays (inactive) for the records; their next action is refused.
 */
export async function unbind(input: { requestId: string; staffId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  // Staff first: a caller who is not a 店长 learns nothing, not even whether the seat exists.
  await requireStaff(db, openid, 'manager')
  const target = await findById<StaffDoc>(db, 'staff', input.staffId)
  if (!target) throw new ActionError('STAFF.NOT_FOUND', '未找到该店员')
  const actor = await requireStaff(db, openid, { role: 'manager', storeId: target.storeId })
  if (!mayUnbind(actor.role, target.role) || target._id === openid) throw forbidden()
  return onceOnly(ctx, 'staff.unbind', input.requestId, async (tx) => {
    const seat = await findById<StaffDoc>(tx, 'staff', input.staffId)
    if (seat?.active) {
      await tx.collection('staff').doc(input.staffId).update({ data: { active: false, unboundAt: now, unboundBy: openid } })
      await audit(tx, { actor: openid, action: 'unbind', storeId: seat.storeId, target: input.staffId, detail: { role: seat.role, name: seat.name }, now })
    }
    return { staffId: input.staffId, name: target.name }
  })
}
