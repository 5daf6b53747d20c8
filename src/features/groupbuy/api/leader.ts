import { mergePickLists, type PickPoint } from '@/domain/groupbuy/tallies'
import { callGroupbuy } from '@/features/groupbuy/api/call-groupbuy'
import { useCloudQuery } from '@/lib/use-cloud-query'

/** The leader's home: their chains and numbers (GROUPBUY.NOT_LEADER for anyone else). */
export const useLeaderHome = () => useCloudQuery('leader-home', () => callGroupbuy('groupbuy', 'leader.home', {}, { silent: true }))

/**
 * Every page of a paged leader reply, in order: the server answers one page per call (one
 * query, bounded), so a chain of any size is read whole without a call near its timeout.
 */
async function allPages<T extends { nextNo: number | null }>(page: (afterNo: number) => Promise<T>): Promise<T[]> {
  const pages: T[] = []
  for (let afterNo: number | null = 0; afterNo !== null; ) {
    const got: T = await page(afterNo)
    pages.push(got)
    afterNo = got.nextNo
  }
  return pages
}

/** Pick list, summary and the plain-text export of one chain, for its leader or the store's staff. */
export function useLeaderTools(chainId: string) {
  return useCloudQuery(
    `leader-tools:${chainId}`,
    async () => {
      const [picks, summary, exported] = await Promise.all([
        allPages((afterNo) => callGroupbuy('groupbuy', 'picklist', { chainId, afterNo }, { silent: true })),
        callGroupbuy('groupbuy', 'summary', { chainId }, { silent: true }),
        allPages((afterNo) => callGroupbuy('groupbuy', 'export', { chainId, afterNo }, { silent: true })),
      ])
      const points: PickPoint[] = mergePickLists(picks.map((p) => p.points))
      // An empty middle page (all refunded) adds nothing; the pages' own line breaks make the text.
      return { points, summary, text: exported.map((p) => p.text).filter(Boolean).join('\n') }
    },
    !!chainId,
  )
}

export const closeChain = (chainId: string) => callGroupbuy('groupbuy', 'close', { chainId }, { loading: '正在截团' })
export const markPickedUp = (entryId: string) => callGroupbuy('groupbuy', 'entry.pickup', { entryId }, { loading: '正在核销' })
