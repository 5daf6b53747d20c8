import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Button } from '@nutui/nutui-react-taro'
import { Coupon, SuccessF } from '@nutui/icons-react-taro'
import { formatPoints } from '@/domain/points'
import { tabs } from '@/lib/routes'
import type { RedeemResult as Result } from '../api/redeem-mall-item'
import { pointsRoutes } from '../model/points-routes'
import { PickupCode } from './pickup-code'
import './redeem-result.scss'

/** After a successful exchange: the new balance, then the pickup code or the coupon's place. */
export function RedeemResult({ result }: { result: Result }) {
  const { redemption, balance } = result
  return (
    <View className='redeem-result'>
      <View className='redeem-result__card'>
        <SuccessF size={56} color='#19a35b' />
        <View className='redeem-result__title'>兑换成功</View>
        <View className='redeem-result__item'>{redemption.title}</View>
        <View className='redeem-result__points'>
          已使用 {formatPoints(redemption.pointsSpent)} 积分，剩余 <View className='redeem-result__balance'>{formatPoints(balance)}</View> 积分
        </View>
        {redemption.pickupCode ? (
          <View className='redeem-result__code'>
            <PickupCode code={redemption.pickupCode} />
          </View>
        ) : (
          <View className='redeem-result__coupon'>
            <Coupon size={20} color='#ff7a2f' />
            <View>已放入券包，下单或到店时可用</View>
          </View>
        )}
      </View>
      <View className='redeem-result__actions'>
        {redemption.couponId && (
          <Button type='primary' block onClick={() => Taro.switchTab({ url: tabs.wallet })}>
            去券包查看
          </Button>
        )}
        <Button type={redemption.couponId ? 'default' : 'primary'} block onClick={() => Taro.redirectTo({ url: pointsRoutes.records })}>
          查看兑换记录
        </Button>
        <Button type='default' fill='none' block onClick={() => Taro.navigateBack()}>
          返回积分商城
        </Button>
      </View>
    </View>
  )
}
