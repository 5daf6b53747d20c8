import { checkInvite, type Invite } from '@/domain/staff'
import { ActionError, unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { audit, type StaffDoc } from '../_shared/staff'
import { seatView } from './seat-view'

/**
 * staff.bind: the caller opens an invite and becomes staff of its store with its role.
 * The invite and the seat change in one transaction, so of two people opening the same
 * invite at once exactly one is bound. An admin is never demoted by an invite.
 */
export async function bind(input: { requestId: string; code: string; name: string }, ctx: ActionContext) {
  const { openid, now } = ctx
  return onceOnly(ctx, 'staff.bind', input.requestId, async (tx) => {
    const invite = await findById<Invite>(tx, 'staff_invites', input.code)
    const { alreadyBound } = unwrap(checkInvite(invite, openid, now))
    const { storeId, role } = invite as Invite
    const previous = await findById<StaffDoc>(tx, 'staff', openid)
    if (!alreadyBound) {
      if (previous?.active && previous.role === 'admin') throw new ActionError('STAFF.ALREADY_ADMIN', '你已是总部管理员，无需绑定')
      await tx.collection('staff_invites').doc(input.code).update({ data: { usedBy: openid, usedAt: now } })
      const seat = { role, storeId, name: input.name, active: true, boundAt: now, inviteCode: input.code }
      await tx.collection('staff').doc(openid).set({ data: seat })
      const detail = { role, name: input.name, previous: previous ? { storeId: previous.storeId, role: previous.role, active: previous.active } : null }
      await audit(tx, { actor: openid, action: 'bind', storeId, target: openid, detail: { ...detail, invite: input.code }, now })
    }
    // Read before any write: the seat this call leaves behind.
    const staff: StaffDoc = alreadyBound && previous ? previous : { _id: openid, role, storeId, name: input.name, active: true }
    return { seat: await seatView(tx, staff) }
  })
}
