import { callCloud } from '@/lib/cloud'
import type { pointsContracts } from '@/contracts/points'
import type { ResultOf } from '@/lib/cloud-types'
import { useCloudQuery } from '@/lib/use-cloud-query'

/** `{ balance, expiring: [{ day, amount, text: '1,215 积分将于 2027-12-31 过期' }] }` */
export type PointsBalance = ResultOf<(typeof pointsContracts)['balance']>

/** Silent: the screens show failures themselves (join prompt, retry). */
export const getPointsBalance = () => callCloud('points', 'balance', {}, { silent: true })

export const usePointsBalance = () => useCloudQuery('balance', getPointsBalance)
