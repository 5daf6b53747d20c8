import { View } from '@tarojs/components'
import { User } from '@nutui/icons-react-taro'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { EntryList } from './entry-list'
import './index.scss'

export default function MinePage() {
  usePageRefresh()

  return (
    <View className='mine'>
      <View className='mine__profile'>
        <View className='mine__avatar'>
          <User size={30} color='#19a35b' />
        </View>
        <View>
          <View className='mine__name'>微信用户</View>
          <View className='mine__hint'>加入会员，查看积分与权益</View>
        </View>
      </View>
      <View className='mine__entries'>
        <EntryList />
      </View>
      <View className='mine__footer'>鲜果会员 v0.1.0</View>
    </View>
  )
}
