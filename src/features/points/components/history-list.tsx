import { View } from '@tarojs/components'
import type { LedgerItem } from '@/contracts/points'
import { groupByMonth } from '../model/history-view'
import { LedgerRow } from './ledger-row'
import './history-list.scss'

/** The ledger under month headers 「2026年11月」, newest first. */
export function HistoryList({ items }: { items: readonly LedgerItem[] }) {
  return (
    <View className='history-list'>
      {groupByMonth(items).map((section) => (
        <View key={section.month} className='history-list__section'>
          <View className='history-list__month'>{section.label}</View>
          {section.items.map((item) => (
            <LedgerRow key={item.id} item={item} />
          ))}
        </View>
      ))}
    </View>
  )
}
