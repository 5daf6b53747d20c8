import { err, ok, type Result } from '../result'
import type { StaffRole } from './roles'

/** An invite is good for 24 hours from when it was made. */
export const INVITE_TTL_MS = 24 * 60 * 60 * 1000

export interface Invite {
  storeId: string
  role: StaffRole
  expiresAt: Date
  usedBy: string | null
}

/**
 * Can `openid` be bound by this invite now? Used once: a second opener is refused,
 * but the one it bound may open it again (a retry) and is told they are bound.
 */
export function checkInvite(invite: Invite | null, openid: string, now: Date): Result<{ alreadyBound: boolean }> {
  if (!invite) return err('STAFF.INVITE_INVALID', '邀请码无效')
  if (invite.usedBy === openid) return ok({ alreadyBound: true })
  if (invite.usedBy) return err('STAFF.INVITE_USED', '该邀请已被使用')
  if (now.getTime() > invite.expiresAt.getTime()) return err('STAFF.INVITE_EXPIRED', '邀请已过期，请让店长重新生成')
  return ok({ alreadyBound: false })
}
