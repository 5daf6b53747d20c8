import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { ArrowRight, Gift, Order } from '@nutui/icons-react-taro'
import { openPage } from '@/lib/navigate'
import { pointsRoutes } from '../model/points-routes'
import './shortcuts.scss'

const entries: { title: string; hint: string; icon: ReactNode; tone: string; url: string }[] = [
  { title: '积分商城', hint: '好礼好券随心兑', icon: <Gift size={22} />, tone: 'orange', url: pointsRoutes.mall },
  { title: '兑换记录', hint: '提货码与兑换券', icon: <Order size={22} />, tone: 'blue', url: pointsRoutes.records },
]

/** The two ways to spend points, right under the balance. */
export function Shortcuts() {
  return (
    <View className='points-shortcuts'>
      {entries.map((entry) => (
        <View key={entry.url} className='points-shortcuts__item' onClick={() => openPage(entry.url)}>
          <View className={`points-shortcuts__icon points-shortcuts__icon--${entry.tone}`}>{entry.icon}</View>
          <View className='points-shortcuts__text'>
            <View className='points-shortcuts__title'>{entry.title}</View>
            <View className='points-shortcuts__hint'>{entry.hint}</View>
          </View>
          <ArrowRight size={12} color='#c2c4cc' />
        </View>
      ))}
    </View>
  )
}
