import { useReachBottom, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { CampaignBanners } from '@/features/campaigns'
import { HomeMemberSummary, StoreWelcome } from '@/features/member'
import { useFeed } from '@/features/orders/api/get-feed'
import { CategoryGrid } from '@/features/orders/components/category-grid'
import { ProductFeed } from '@/features/orders/components/product-feed'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { EntryGrid } from './entry-grid'
import { OrderShortcuts } from './order-shortcuts'
import { PromoBanners } from './promo-banners'
import { UpcomingModules } from './upcoming-modules'
import './index.scss'

/**
 * Home, also the landing of store QR codes: `pages/home/index?scene=<id>` (WeChat hands
 * an unlimited code's scene URL-encoded; the member function decodes and checks it).
 * Only this tab's code lives in the main package: the feed's cards open the orders
 * subpackage (category, product, cart, orders).
 */
export default function HomePage() {
  const { scene } = useRouter().params
  const feed = useFeed()
  usePageRefresh(feed.reload)
  useReachBottom(() => void feed.loadMore())

  return (
    <View className='home'>
      <View className='home__brand'>
        <View className='home__name'>鲜果会员</View>
        <View className='home__slogan'>新鲜到店 · 会员更省</View>
      </View>
      <View className='home__body'>
        <StoreWelcome scene={scene} />
        {/* A store QR's landing shows the store's welcome; otherwise, the member's summary. */}
        {!scene && <HomeMemberSummary />}
        <CampaignBanners />
        <PromoBanners />
        <EntryGrid />
        <OrderShortcuts />
        <UpcomingModules />
        <View className='section'>
          <CategoryGrid />
        </View>
        <ProductFeed title='为你推荐' feed={feed} />
      </View>
    </View>
  )
}
