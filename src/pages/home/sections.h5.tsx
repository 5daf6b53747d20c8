import { lazy, Suspense, type ComponentType, type ReactNode } from 'react'
import { ProductFeed } from '@/features/orders/components/product-feed'
import type { PagedList } from '@/lib/use-paged-list'

/**
 * Browser build: home's cloud-fed sections in a chunk of their own, asked for as soon as
 * the page's chunk runs, so that the first paint (brand, banners, entries) waits neither
 * for their code nor for zod and the contracts. Each shows what it shows while loading.
 */
const live = import('./live-sections')
type Live = Awaited<typeof live>

function deferred<P extends object>(pick: (m: Live) => ComponentType<P>, fallback: (props: P) => ReactNode = () => null) {
  const Section = lazy(() => live.then((m) => ({ default: pick(m) }))) as unknown as ComponentType<P>
  return function Deferred(props: P) {
    return (
      <Suspense fallback={fallback(props)}>
        <Section {...props} />
      </Suspense>
    )
  }
}

/** The feed's own first-load look (its title and ghost cards) until its code is in. */
const firstLoad: PagedList<never> = { items: [], loading: 'first', done: false, loaded: false, reload: async () => undefined, loadMore: async () => undefined }

export const StoreWelcome = deferred((m) => m.StoreWelcome)
export const HomeMemberSummary = deferred((m) => m.HomeMemberSummary)
export const CampaignBanners = deferred((m) => m.CampaignBanners)
export const CategoryGrid = deferred((m) => m.CategoryGrid)
export const FlashSaleStrip = deferred((m) => m.FlashSaleStrip)
export const HomeFeed = deferred((m) => m.HomeFeed, () => <ProductFeed title='为你推荐' feed={firstLoad} />)
