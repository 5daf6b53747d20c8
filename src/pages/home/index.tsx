import { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { StoreWelcome } from '@/features/member'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { EntryGrid } from './entry-grid'
import { UpcomingModules } from './upcoming-modules'
import './index.scss'

/**
 * Home, also the landing of store QR codes: `pages/home/index?scene=<id>` (WeChat hands
 * an unlimited code's scene URL-encoded; the member function decodes and checks it).
 */
export default function HomePage() {
  const { scene } = useRouter().params
  usePageRefresh()

  return (
    <View className='home'>
      <View className='home__brand'>
        <View className='home__name'>鲜果会员</View>
        <View className='home__slogan'>新鲜到店 · 会员更省</View>
      </View>
      <View className='home__body'>
        <StoreWelcome scene={scene} />
        <EntryGrid />
        <UpcomingModules />
      </View>
    </View>
  )
}
