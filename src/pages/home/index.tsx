import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { EntryGrid } from './entry-grid'
import { OrderShortcuts } from './order-shortcuts'
import { PromoBanners } from './promo-banners'
import { CampaignBanners, CategoryGrid, HomeFeed, HomeMemberSummary, StoreWelcome } from './sections'
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
        <HomeFeed />
      </View>
    </View>
  )
}
