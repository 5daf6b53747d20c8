import { callCloud } from '@/lib/cloud'
import { callCatalog } from '@/lib/catalog-client'
import { callGroupbuy } from '@/features/groupbuy/api/call-groupbuy'
import { usePagedList } from '@/lib/use-paged-list'
import type { PayloadOf } from '@/lib/cloud-types'
import type { groupbuyContracts } from '@/contracts/groupbuy'

/** Catalog products the leader picks from, 10 a page. */
export const useCatalogProducts = () =>
  usePagedList('gb-catalog', async (cursor: number | null) => {
    const page = await callCloud('catalog', 'feed', { cursor, limit: 10 }, { silent: true })
    return { items: page.items, next: page.nextCursor }
  })

/** A product's SKUs, to pick one for the chain. */
export const getProductSkus = (productId: string) => callCatalog('catalog', 'product', { productId }, { loading: '加载规格' })

/** Posts the chain (open at once); refused GROUPBUY.NOT_LEADER for anyone but an approved leader. */
export const createChain = (input: PayloadOf<(typeof groupbuyContracts)['create']>) => callGroupbuy('groupbuy', 'create', input, { loading: '正在发布' })
