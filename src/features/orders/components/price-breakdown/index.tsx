import { View } from '@tarojs/components'
import { Price } from '@/components/price'
import './index.scss'

export interface Breakdown {
  subtotalFen: number
  couponFen: number
  pointsFen: number
  /** Points spent for `pointsFen`. */
  points: number
  deliveryFen: number
  payableFen: number
}

/** 商品合计 − 优惠券 − 积分抵扣 (+ 配送费) = 实付, each line in fen from the same rules as the server. */
export function PriceBreakdown({ value }: { value: Breakdown }) {
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
        <View>积分抵扣{value.points > 0 ? `（${value.points} 积分）` : ''}</View>
        <Price fen={-value.pointsFen} size='small' />
      </View>
      {value.deliveryFen > 0 && (
        <View className='price-breakdown__line'>
          <View>配送费</View>
          <Price fen={value.deliveryFen} size='small' />
        </View>
      )}
      <View className='price-breakdown__line price-breakdown__line--total'>
        <View>实付</View>
        <Price fen={value.payableFen} />
      </View>
    </View>
  )
}
