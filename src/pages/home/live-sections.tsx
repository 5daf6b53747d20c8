import type { MutableRefObject } from 'react'
import { View } from '@tarojs/components'
import { CampaignBanners } from '@/features/campaigns/components/campaign-banners'
import { FlashSaleStrip } from '@/features/flashsale/components/flash-sale-strip'
import { HomeMemberSummary } from '@/features/member/components/home-summary'
import { StoreWelcome } from '@/features/member/components/store-welcome'
import { useFeed, type ProductCard } from '@/features/orders/api/get-feed'
import { CategoryGrid } from '@/features/orders/components/category-grid'
import { ProductFeed } from '@/features/orders/components/product-feed'
import type { PagedList } from '@/lib/use-paged-list'

export { FlashSaleStrip }

/**
 * The parts of home drawn from the cloud's answers (and so the only ones that need the
 * cloud client and its contracts). Member pieces come from their files, not the feature's
 * barrel, which would bring the card, the member code and its encoders along.
 */
export function HomeGreeting({ scene }: { scene?: string }) {
  return (
    <>
      <StoreWelcome scene={scene} />
      {/* A store QR's landing shows the store's welcome; otherwise, the member's summary. */}
      {!scene && <HomeMemberSummary />}
      <CampaignBanners />
    </>
  )
}

export interface HomeFeedProps {
  title: string
  /** The page's handle on the feed, for pull-down (reload) and reach-bottom (more). */
  feedRef: MutableRefObject<PagedList<ProductCard> | null>
}

/** Categories and the product feed. */
export function HomeFeed({ title, feedRef }: HomeFeedProps) {
  const feed = useFeed()
  feedRef.current = feed
  return (
    <>
      <View className='section'>
        <CategoryGrid />
      </View>
      <ProductFeed title={title} feed={feed} />
    </>
  )
}
