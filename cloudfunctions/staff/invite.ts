import { randomBytes } from 'node:crypto'
import { INVITE_TTL_MS, mayInvite, ROLE_NAMES, type StaffRole } from '@/domain/staff'
import { ActionError, forbidden } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { audit, requireStaff, storeName } from '../_shared/staff'

/** Where an invite opens: the staff subpackage's join page (also what the QR carries). */
export const INVITE_PAGE = '/packages/staff/pages/join/index'

/** 20 URL-safe characters from 16 random bytes: unguessable, and short enough for a QR. */
const newInviteCode = () => randomBytes(16).toString('base64').replace(/[^A-Za-z0-9]/g, '').slice(0, 20).padEnd(20, '0')

/**
 * staff.invite: an admin (any store) or a 店长 (their own store, 店员 only) makes a one-time
 * invite valid 24 hours. Until the merchant console (issue 15) exists, this is also how
 * admins make invites, from the workspace.
 */
export async function invite(input: { requestId: string; storeId: string; role: 'staff' | 'manager' }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const inviter = await requireStaff(db, openid, { role: 'manager', storeId: input.storeId })
  if (!mayInvite(inviter.role, input.role)) throw forbidden()
  if (!(await findById(db, 'stores', input.storeId))) throw new ActionError('STAFF.STORE_NOT_FOUND', '门店不存在')
  const name = await storeName(db, input.storeId)
  return onceOnly(ctx, 'staff.invite', input.requestId, async (tx) => {
    const code = newInviteCode()
    const expiresAt = new Date(now.getTime() + INVITE_TTL_MS)
    const role: StaffRole = input.role
    await tx.collection('staff_invites').add({ data: { _id: code, storeId: input.storeId, role, createdBy: openid, createdAt: now, expiresAt, usedBy: null, usedAt: null } })
    await audit(tx, { actor: openid, action: 'invite', storeId: input.storeId, target: code, detail: { role }, now })
    return { code, storeId: input.storeId, storeName: name, role, roleName: ROLE_NAMES[role], expiresAt: expiresAt.toISOString(), path: `${INVITE_PAGE}?invite=${code}` }
  })
}
