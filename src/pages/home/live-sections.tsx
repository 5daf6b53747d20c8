import { useReachBottom } from '@tarojs/taro'
import { CampaignBanners } from '@/features/campaigns'
import { FlashSaleStrip } from '@/features/flashsale/components/flash-sale-strip'
import { useFeed } from '@/features/orders/api/get-feed'
import { CategoryGrid } from '@/features/orders/components/category-grid'
import { ProductFeed } from '@/features/orders/components/product-feed'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { HomeMemberSummary, StoreWelcome } from './member-pieces'

/**
 * The parts of home drawn from the cloud's answers (and so the only ones that need the
 * cloud client and its contracts).
 */
export { CampaignBanners, CategoryGrid, FlashSaleStrip, HomeMemberSummary, StoreWelcome }

/**
 * The product feed, which owns the page's pull-down (reload) and reach-bottom (more):
 * Taro runs a page's hooks from any component of the page.
 */
export function HomeFeed() {
  const feed = useFeed()
  usePageRefresh(feed.reload)
  useReachBottom(feed.loadMore)
  return <ProductFeed title='为你推荐' feed={feed} />
}
