import { staffContracts } from '@/contracts/staff'
import { cloudClientFor } from '@/lib/cloud'

/** The `staff` function's client: its contracts stay in this subpackage (see cloudClientFor). */
export const callStaff = cloudClientFor({ staff: staffContracts })
