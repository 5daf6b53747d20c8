import { mayActFor } from '@/domain/staff'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import type { StaffDoc } from '../_shared/staff'
import { seatView } from './seat-view'

/** staff.me: the caller's seat, or null — what 我的 asks to decide whether to show the workspace. */
export async function me(_input: unknown, { db, openid }: ActionContext) {
  const staff = await findById<StaffDoc>(db, 'staff', openid)
  return { seat: staff && mayActFor(staff) ? await seatView(db, staff) : null }
}
