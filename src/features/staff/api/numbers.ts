import { callStaff } from '@/features/staff/api/call-staff'
import type { staffContracts } from '@/contracts/staff'
import type { ResultOf } from '@/lib/cloud-types'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type StaffStats = ResultOf<(typeof staffContracts)['stats']>
export type RecentAward = ResultOf<(typeof staffContracts)['awards']>['items'][number]

export const getStats = (scope: 'me' | 'store') => callStaff('staff', 'stats', { scope }, { silent: true })
export const useStats = (scope: 'me' | 'store') => useCloudQuery(`staff.stats.${scope}`, () => getStats(scope))

/** 店长: the store's awards of the last 24 hours, which may still be reversed. */
export const getAwards = () => callStaff('staff', 'awards', {}, { silent: true })
export const useAwards = (enabled: boolean) => useCloudQuery('staff.awards', getAwards, enabled)

export const reverseAward = (awardId: string) => callStaff('staff', 'reverse', { awardId }, { silent: true })
