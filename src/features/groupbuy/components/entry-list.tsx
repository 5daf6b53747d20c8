import { View } from '@tarojs/components'
import type { EntryView } from '../api/chain'
import { agoText } from '../model/when'

const STATUS_NOTE: Partial<Record<EntryView['status'], string>> = { refunding: '退款中', refunded: '已退款', picked_up: '已提货' }

/** 「37. 张** 车厘子×2 · 5分钟前」, in entry-number order; my own entries are marked. */
export function EntryList({ entries, now }: { entries: readonly EntryView[]; now: string }) {
  if (entries.length === 0) return <View className='gb-entries__empty'>还没有人参与，快来做第一个吧</View>
  return (
    <View className='gb-entries'>
      {entries.map((e) => (
        <View key={e.no} className={`gb-entry ${e.mine ? 'gb-entry--mine' : ''} ${e.status === 'refunded' ? 'gb-entry--void' : ''}`}>
          <View className='gb-entry__no'>{e.no}.</View>
          <View className='gb-entry__body'>
            <View className='gb-entry__line'>
              <View className='gb-entry__name'>{e.name}</View>
              {e.mine && <View className='gb-entry__me'>我</View>}
              <View className='gb-entry__items'>{e.items}</View>
            </View>
            <View className='gb-entry__meta'>
              {agoText(e.paidAt, now)}
              {e.phone ? ` · ${e.phone}` : ''}
              {STATUS_NOTE[e.status] ? ` · ${STATUS_NOTE[e.status]}` : ''}
            </View>
          </View>
        </View>
      ))}
    </View>
  )
}
