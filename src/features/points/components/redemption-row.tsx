import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ArrowRight } from '@nutui/icons-react-taro'
import type { Redemption } from '@/contracts/points'
import { formatPoints } from '@/domain/points'
import { formatDateTime } from '@/domain/time'
import { tabs } from '@/lib/routes'
import { PickupCode } from './pickup-code'
import './redemption-row.scss'

/** One past exchange: what, for how many points, when, and how to collect it. */
export function RedemptionRow({ record }: { record: Redemption }) {
  return (
    <View className='redemption-row'>
      <View className='redemption-row__head'>
        <View className='redemption-row__title'>{record.title}</View>
        <View className='redemption-row__points'>−{formatPoints(record.pointsSpent)} 积分</View>
      </View>
      <View className='redemption-row__time'>{formatDateTime(record.at)}</View>
      <View className='redemption-row__foot'>
        {record.pickupCode ? (
          <PickupCode code={record.pickupCode} size='small' />
        ) : record.kind === 'coupon' ? (
          <View className='redemption-row__link' onClick={() => Taro.switchTab({ url: tabs.wallet })}>
            已放入券包 · 查看券
            <ArrowRight size={10} />
          </View>
        ) : null}
      </View>
    </View>
  )
}
