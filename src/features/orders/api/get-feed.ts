import { callCloud } from '@/lib/cloud'
import type { ProductCard } from '@/contracts/catalog-browse'
import { usePagedList } from '@/lib/use-paged-list'

export type { ProductCard }

const PAGE_SIZE = 6

/** One page of the product feed (all products, or one category's). */
export const getFeed = async (categoryId: string | undefined, cursor: number | null) => {
  const page = await callCloud('catalog', 'feed', { categoryId, cursor, limit: PAGE_SIZE }, { silent: true })
  return { items: page.items, next: page.nextCursor }
}

export const useFeed = (categoryId?: string) => usePagedList<ProductCard, number>(`feed:${categoryId ?? ''}`, (cursor) => getFeed(categoryId, cursor))
