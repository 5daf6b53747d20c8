import { callStaff } from '@/features/staff/api/call-staff'
import type { staffContracts } from '@/contracts/staff'
import type { ResultOf } from '@/lib/cloud-types'

export type LookedUpMember = ResultOf<(typeof staffContracts)['lookup']>

/** The member behind a scanned code (the code stays usable for the action that follows). */
export const lookupMember = (code: string) => callStaff('staff', 'lookup', { code }, { silent: true })
