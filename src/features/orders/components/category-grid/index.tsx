import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { useCategories } from '../../api/get-catalog'
import { orderRoutes } from '../../routes'
import './index.scss'

/** The category grid of home: each opens the category page; 全部分类 opens the first. */
export function CategoryGrid() {
  const { data } = useCategories()
  if (!data?.items.length) return null
  return (
    <View className='category-grid'>
      {data.items.map((c) => (
        <View key={c.categoryId} className='category-grid__item' onClick={() => Taro.navigateTo({ url: orderRoutes.category(c.categoryId) })}>
          <Image className='category-grid__icon' src={c.icon} mode='aspectFit' />
          <View className='category-grid__name'>{c.name}</View>
        </View>
      ))}
      <View className='category-grid__item' onClick={() => Taro.navigateTo({ url: orderRoutes.category() })}>
        <View className='category-grid__icon category-grid__icon--all'>全</View>
        <View className='category-grid__name'>全部分类</View>
      </View>
    </View>
  )
}
