import { useDidShow } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { MineHeader, refreshCard } from '@/features/member'
import { StaffEntry } from '@/features/staff/entry'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { EntryList } from './entry-list'
import './index.scss'

export default function MinePage() {
  useDidShow(() => void refreshCard())
  usePageRefresh(refreshCard)

  return (
    <View className='mine'>
      <MineHeader />
      <View className='mine__entries'>
        <EntryList />
        <StaffEntry />
      </View>
      <View className='mine__footer'>鲜果会员 v0.1.0</View>
    </View>
  )
}
