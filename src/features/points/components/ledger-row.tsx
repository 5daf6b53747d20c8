import { View } from '@tarojs/components'
import { formatPoints } from '@/domain/points'
import { formatDateTime } from '@/domain/time'
import type { LedgerItem } from '@/contracts/points'
import { amountTone, signedPoints } from '../model/history-view'

/** One ledger entry: what happened and when, the change, and the balance after it. */
export function LedgerRow({ item }: { item: LedgerItem }) {
  return (
    <View className='ledger-row'>
      <View className='ledger-row__main'>
        <View className='ledger-row__title'>{item.title}</View>
        {item.detail && <View className='ledger-row__detail'>{item.detail}</View>}
        <View className='ledger-row__time'>{formatDateTime(item.at)}</View>
      </View>
      <View className='ledger-row__side'>
        <View className={`ledger-row__amount ledger-row__amount--${amountTone(item.amount)}`}>{signedPoints(item.amount)}</View>
        <View className='ledger-row__after'>余额 {formatPoints(item.balanceAfter)}</View>
      </View>
    </View>
  )
}
