import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Order } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useRedemptions } from '../api/get-redemptions'
import { RedemptionRow } from '../components/redemption-row'
import { ScreenGate } from '../components/screen-gate'
import { pointsRoutes } from '../model/points-routes'
import './redemption-records.scss'

/** 兑换记录: every exchange, newest first, with its pickup code or its coupon. */
export default function RedemptionRecordsScreen() {
  const records = useRedemptions()
  usePageRefresh(records.reload)

  return (
    <View className='redemption-records'>
      <ScreenGate query={records}>
        {({ items }) =>
          items.length === 0 ? (
            <EmptyState icon={<Order size={40} />} title='还没有兑换记录' description='积分可以兑换好礼和优惠券'>
              <Button type='primary' fill='outline' onClick={() => Taro.redirectTo({ url: pointsRoutes.mall })}>
                去积分商城
              </Button>
            </EmptyState>
          ) : (
            <View className='redemption-records__list'>
              {items.map((record) => (
                <RedemptionRow key={record.id} record={record} />
              ))}
              <View className='redemption-records__end'>{items.length >= 100 ? '仅显示最近 100 条记录' : '没有更多了'}</View>
            </View>
          )
        }
      </ScreenGate>
    </View>
  )
}
