import { useState } from 'react'
import { useReachBottom, useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { LoadFailed } from '@/components/load-failed'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useCategories } from '../api/get-catalog'
import { useFeed } from '../api/get-feed'
import { ProductFeed } from '../components/product-feed'
import './category-screen.scss'

/** 分类: the categories as a rail on the left, the chosen one's products (endless) on the right. */
export default function CategoryScreen() {
  const categories = useCategories()
  const [picked, setPicked] = useState(useRouter().params.id)
  const current = picked ?? categories.data?.items[0]?.categoryId
  const feed = useFeed(current)
  usePageRefresh(() => Promise.all([categories.reload(), feed.reload()]))
  useReachBottom(() => void feed.loadMore())

  if (!categories.data && categories.error) return <LoadFailed message={categories.error.message} onRetry={categories.reload} />
  return (
    <View className='category'>
      <View className='category__rail'>
        {categories.data?.items.map((c) => (
          <View key={c.categoryId} className={`category__tab${c.categoryId === current ? ' category__tab--on' : ''}`} onClick={() => setPicked(c.categoryId)}>
            {c.name}
          </View>
        ))}
      </View>
      <View className='category__main'>{current && <ProductFeed feed={feed} />}</View>
    </View>
  )
}
