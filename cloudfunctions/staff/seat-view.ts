import { ROLE_NAMES } from '@/domain/staff'
import type { Db, Tx } from '../_shared/db'
import { storeName, type StaffDoc } from '../_shared/staff'

/** A seat as the workspace shows it. */
export async function seatView(db: Db | Tx, staff: StaffDoc) {
  return { staffId: staff._id, name: staff.name, role: staff.role, roleName: ROLE_NAMES[staff.role], storeId: staff.storeId, storeName: await storeName(db, staff.storeId) }
}
