import { lazy, Suspense, type ComponentProps } from 'react'
import { ProductFeed } from '@/features/orders/components/product-feed'
import type { PagedList } from '@/lib/use-paged-list'

/**
 * Browser build: home's cloud-fed sections in a chunk of their own, asked for as soon as
 * the page's chunk runs, so that the first paint (brand, banners, entries) waits neither
 * for their code nor for zod and the contracts. Each shows what it shows while loading.
 */
const live = import('./live-sections')

const Greeting = lazy(() => live.then((m) => ({ default: m.HomeGreeting })))
const Flash = lazy(() => live.then((m) => ({ default: m.FlashSaleStrip })))
const Feed = lazy(() => live.then((m) => ({ default: m.HomeFeed })))

/** The feed's own first-load look (title and ghost cards) until its code is in. */
const firstLoad: PagedList<never> = { items: [], loading: 'first', done: false, loaded: false, reload: async () => undefined, loadMore: async () => undefined }

export function HomeGreeting(props: ComponentProps<typeof Greeting>) {
  return (
    <Suspense fallback={null}>
      <Greeting {...props} />
    </Suspense>
  )
}

export function FlashSaleStrip() {
  return (
    <Suspense fallback={null}>
      <Flash />
    </Suspense>
  )
}

export function HomeFeed(props: ComponentProps<typeof Feed>) {
  return (
    <Suspense fallback={<ProductFeed title={props.title} feed={firstLoad} />}>
      <Feed {...props} />
    </Suspense>
  )
}
