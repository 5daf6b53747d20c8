import type { ReactNode } from 'react'
import { View } from '@tarojs/components'
import { Checked, Coupon, Gift } from '@nutui/icons-react-taro'
import { openPage } from '@/lib/navigate'
import { routes } from '@/lib/routes'

interface Entry {
  title: string
  hint: string
  icon: ReactNode
  tone: string
  url: string
}

const entries: Entry[] = [
  { title: '每日签到', hint: '连签有惊喜', icon: <Checked size={26} />, tone: 'green', url: routes.signin },
  { title: '领券中心', hint: '好券天天领', icon: <Coupon size={26} />, tone: 'orange', url: routes.couponCenter },
  { title: '积分中心', hint: '积分当钱花', icon: <Gift size={26} />, tone: 'blue', url: routes.points },
]

/** The three member perks every visitor can reach from home. */
export function EntryGrid() {
  return (
    <View className='entry-grid'>
      {entries.map((entry) => (
        <View key={entry.url} className='entry-grid__item' onClick={() => openPage(entry.url)}>
          <View className={`entry-grid__icon entry-grid__icon--${entry.tone}`}>{entry.icon}</View>
          <View className='entry-grid__title'>{entry.title}</View>
          <View className='entry-grid__hint'>{entry.hint}</View>
        </View>
      ))}
    </View>
  )
}
