import { View } from '@tarojs/components'
import './index.scss'

/** 「使用规则」: the server's rule lines, as they are. */
export function CouponRules({ rules }: { rules: string[] }) {
  return (
    <View className='coupon-rules'>
      <View className='coupon-rules__title'>使用规则</View>
      {rules.map((rule) => (
        <View key={rule} className='coupon-rules__item'>
          <View className='coupon-rules__dot' />
          <View className='coupon-rules__text'>{rule}</View>
        </View>
      ))}
    </View>
  )
}
