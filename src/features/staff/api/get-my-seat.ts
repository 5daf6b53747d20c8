import { callCloud } from '@/lib/cloud'
import type { StaffSeatView } from '@/contracts/staff'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { StaffSeatView }

/** The caller's seat at the till, or null: decides whether 我的 shows the workspace. */
export const getMySeat = () => callCloud('staff', 'me', {}, { silent: true })

export const useMySeat = () => useCloudQuery('staff.me', getMySeat)
