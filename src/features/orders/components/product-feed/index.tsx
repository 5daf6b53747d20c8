import { View } from '@tarojs/components'
import { ListFooter } from '@/components/list-footer'
import { LoadFailed } from '@/components/load-failed'
import type { PagedList } from '@/lib/use-paged-list'
import type { ProductCard } from '../../api/get-feed'
import { ProductGrid } from '../product-card'
import './index.scss'

/**
 * The product feed under its title, drawn from a paged list the page owns (the page calls
 * `loadMore` on reach-bottom and `reload` on pull-down): skeleton, retry, cards, footer.
 */
export function ProductFeed({ title, feed }: { title?: string; feed: PagedList<ProductCard> }) {
  const empty = feed.items.length === 0
  return (
    <View className='product-feed'>
      {title && <View className='product-feed__title'>{title}</View>}
      {empty && feed.loading === 'first' && (
        <View className='product-feed__ghosts'>
          {[0, 1, 2, 3].map((i) => (
            <View key={i} className='product-feed__ghost' />
          ))}
        </View>
      )}
      {empty && feed.error && <LoadFailed message={feed.error.message} onRetry={feed.reload} />}
      {empty && feed.loaded && !feed.error && !feed.loading && <View className='product-feed__none'>暂无商品，敬请期待</View>}
      {!empty && (
        <>
          <ProductGrid products={feed.items} />
          <ListFooter loading={feed.loading === 'more'} hasMore={!feed.done} error={feed.error?.message} onRetry={feed.loadMore} />
        </>
      )}
    </View>
  )
}
