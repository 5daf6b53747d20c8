import type { ChainListCursor, OpenChainItem } from '@/contracts/groupbuy'
import { callGroupbuy } from '@/features/groupbuy/api/call-groupbuy'
import { usePagedList } from '@/lib/use-paged-list'

export type { OpenChainItem }

const PAGE_SIZE = 10

/** Open chains (of one store, or all), soonest deadline first; `now` is the server's, for countdowns. */
export async function getOpenChains(storeId: string | undefined, cursor: ChainListCursor | null) {
  const page = await callGroupbuy('groupbuy', 'list', { storeId, limit: PAGE_SIZE, ...(cursor ? { cursor } : {}) }, { silent: true })
  return { items: page.items.map((i) => ({ ...i, skewMs: Date.parse(page.now) - Date.now() })), next: page.nextCursor }
}

export const useOpenChains = (storeId?: string) => usePagedList(`open-chains:${storeId ?? ''}`, (cursor: ChainListCursor | null) => getOpenChains(storeId, cursor))
