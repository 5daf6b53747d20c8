import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { ArrowRight } from '@nutui/icons-react-taro'
import type { Redemption } from '@/contracts/points'
import { formatPoints } from '@/domain/points'
import { formatDate, formatDateTime } from '@/domain/time'
import { couponDetailUrl, tabs } from '@/lib/routes'
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
      {(record.status || record.where) && (
        <View className='redemption-row__facts'>
          {record.status && <View className={`redemption-row__status redemption-row__status--${record.status === '可使用' || record.status === '到店领取' ? 'live' : 'done'}`}>{record.status}</View>}
          {record.where && <View className='redemption-row__where'>{record.where}</View>}
          {record.validTo && <View className='redemption-row__expiry'>有效期至 {formatDate(record.validTo)}</View>}
        </View>
      )}
      <View className='redemption-row__foot'>
        {record.pickupCode ? (
          <PickupCode code={record.pickupCode} size='small' />
        ) : record.kind === 'coupon' ? (
          <View className='redemption-row__link' onClick={() => (record.couponId ? Taro.navigateTo({ url: couponDetailUrl(record.couponId) }) : Taro.switchTab({ url: tabs.wallet }))}>
            已放入券包 · 查看券
            <ArrowRight size={10} />
          </View>
        ) : null}
      </View>
    </View>
  )
}
