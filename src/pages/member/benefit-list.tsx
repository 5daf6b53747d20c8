import { View } from '@tarojs/components'
import { Coupon, Gift, Prices, Star } from '@nutui/icons-react-taro'

const benefits = [
  { title: '积分抵现', icon: <Star size={22} /> },
  { title: '会员专享价', icon: <Prices size={22} /> },
  { title: '生日礼包', icon: <Gift size={22} /> },
  { title: '专属好券', icon: <Coupon size={22} /> },
]

export function BenefitList() {
  return (
    <View className='benefits'>
      <View className='benefits__title'>会员权益</View>
      <View className='benefits__grid'>
        {benefits.map((benefit) => (
          <View key={benefit.title} className='benefits__item'>
            <View className='benefits__icon'>{benefit.icon}</View>
            <View className='benefits__name'>{benefit.title}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
