import { View } from '@tarojs/components'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { EntryGrid } from './entry-grid'
import { UpcomingModules } from './upcoming-modules'
import './index.scss'

export default function HomePage() {
  usePageRefresh()

  return (
    <View className='home'>
      <View className='home__brand'>
        <View className='home__name'>鲜果会员</View>
        <View className='home__slogan'>新鲜到店 · 会员更省</View>
      </View>
      <View className='home__body'>
        <EntryGrid />
        <UpcomingModules />
      </View>
    </View>
  )
}
