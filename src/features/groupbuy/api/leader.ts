import { callCloud } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

/** The leader's home: their chains and numbers (GROUPBUY.NOT_LEADER for anyone else). */
export const useLeaderHome = () => useCloudQuery('leader-home', () => callCloud('groupbuy', 'leader.home', {}, { silent: true }))

/** Pick list, summary and the plain-text export of one chain, for its leader or the store's staff. */
export function useLeaderTools(chainId: string) {
  return useCloudQuery(
    `leader-tools:${chainId}`,
    async () => {
      const [picklist, summary, exported] = await Promise.all([
        callCloud('groupbuy', 'picklist', { chainId }, { silent: true }),
        callCloud('groupbuy', 'summary', { chainId }, { silent: true }),
        callCloud('groupbuy', 'export', { chainId }, { silent: true }),
      ])
      return { points: picklist.points, summary, text: exported.text }
    },
    !!chainId,
  )
}

export const closeChain = (chainId: string) => callCloud('groupbuy', 'close', { chainId }, { loading: '正在截团' })
export const markPickedUp = (entryId: string) => callCloud('groupbuy', 'entry.pickup', { entryId }, { loading: '正在核销' })
