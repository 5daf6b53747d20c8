import { callGroupbuy } from '@/features/groupbuy/api/call-groupbuy'
import { useCloudQuery } from '@/lib/use-cloud-query'

/** The leader's home: their chains and numbers (GROUPBUY.NOT_LEADER for anyone else). */
export const useLeaderHome = () => useCloudQuery('leader-home', () => callGroupbuy('groupbuy', 'leader.home', {}, { silent: true }))

/** Pick list, summary and the plain-text export of one chain, for its leader or the store's staff. */
export function useLeaderTools(chainId: string) {
  return useCloudQuery(
    `leader-tools:${chainId}`,
    async () => {
      const [picklist, summary, exported] = await Promise.all([
        callGroupbuy('groupbuy', 'picklist', { chainId }, { silent: true }),
        callGroupbuy('groupbuy', 'summary', { chainId }, { silent: true }),
        callGroupbuy('groupbuy', 'export', { chainId }, { silent: true }),
      ])
      return { points: picklist.points, summary, text: exported.text }
    },
    !!chainId,
  )
}

export const closeChain = (chainId: string) => callGroupbuy('groupbuy', 'close', { chainId }, { loading: '正在截团' })
export const markPickedUp = (entryId: string) => callGroupbuy('groupbuy', 'entry.pickup', { entryId }, { loading: '正在核销' })
