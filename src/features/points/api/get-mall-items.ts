import { callCloud } from '@/lib/cloud'
import type { MallItem } from '@/contracts/points'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { MallItem }

/** Every item on sale, with what this member already took, and their balance. */
export const getMallItems = () => callCloud('points', 'mall.list', {}, { silent: true })

export const useMallItems = () => useCloudQuery('mall', getMallItems)
