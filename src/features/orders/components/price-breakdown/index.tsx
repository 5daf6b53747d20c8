import { View } from '@tarojs/components'
import { Price } from '@/components/price'
import type { Money } from '@/contracts/order'
import './index.scss'

/** 商品合计 − 优惠券 − 积分抵扣 = 实付, each line in fen from the same rules as the server. */
export function PriceBreakdown({ value, payableLabel = '实付' }: { value: Money; payableLabel?: string }) {
  return (
    <View className='price-breakdown'>
      <View className='price-breakdown__line'>
        <View>商品合计</View>
        <Price fen={value.subtotalFen} size='small' />
      </View>
      <View className='price-breakdown__line'>
        <View>优惠券</View>
        <Price fen={-value.couponFen} size='small' />
      </View>
      <View className='price-breakdown__line'>
        <View>积分抵扣{value.pointsUsed > 0 ? `（${value.pointsUsed} 积分）` : ''}</View>
        <Price fen={-value.pointsFen} size='small' />
      </View>
      <View className='price-breakdown__line price-breakdown__line--total'>
        <View>{payableLabel}</View>
        <Price fen={value.payableFen} />
      </View>
    </View>
  )
}
