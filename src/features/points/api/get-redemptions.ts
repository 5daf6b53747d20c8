import { callCloud } from '@/lib/cloud'
import type { Redemption } from '@/contracts/points'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { Redemption }

/** This member's exchanges, newest first. */
export const getRedemptions = () => callCloud('points', 'mall.records', {}, { silent: true })

export const useRedemptions = () => useCloudQuery('redemptions', getRedemptions)
