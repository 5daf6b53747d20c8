import { staffContracts } from '@/contracts/staff'
import { cloudClientFor } from '@/lib/cloud'

const callStaff = cloudClientFor({ staff: staffContracts })

/** A one-time staff invite (the `staff` function's action: admins for any store and role, a 店长 店员 of their own). */
export const makeStoreInvite = (storeId: string, role: 'staff' | 'manager') => callStaff('staff', 'invite', { storeId, role })
