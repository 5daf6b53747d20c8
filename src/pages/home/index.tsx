import { useRef } from 'react'
import { useReachBottom, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import type { ProductCard } from '@/features/orders/api/get-feed'
import type { PagedList } from '@/lib/use-paged-list'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { EntryGrid } from './entry-grid'
import { OrderShortcuts } from './order-shortcuts'
import { PromoBanners } from './promo-banners'
import { HomeFeed, HomeGreeting } from './sections'
import { UpcomingModules } from './upcoming-modules'
import './index.scss'

/**
 * Home, also the landing of store QR codes: `pages/home/index?scene=<id>` (WeChat hands
 * an unlimited code's scene URL-encoded; the member function decodes and checks it).
 * Only this tab's code lives in the main package: the feed's cards open the orders
 * subpackage (category, product, cart, orders). The cloud-fed sections come from
 * ./sections (in the browser, a chunk loaded after the first paint).
 */
export default function HomePage() {
  const { scene } = useRouter().params
  const feed = useRef<PagedList<ProductCard> | null>(null)
  usePageRefresh(() => feed.current?.reload())
  useReachBottom(() => void feed.current?.loadMore())

  return (
    <View className='home'>
      <View className='home__brand'>
        <View className='home__name'>鲜果会员</View>
        <View className='home__slogan'>新鲜到店 · 会员更省</View>
      </View>
      <View className='home__body'>
        <HomeGreeting scene={scene} />
        <PromoBanners />
        <EntryGrid />
        <OrderShortcuts />
        <UpcomingModules />
        <HomeFeed title='为你推荐' feedRef={feed} />
      </View>
    </View>
  )
}
