import { View } from '@tarojs/components'
import { spacedCode } from '../model/mall-item-view'
import './pickup-code.scss'

/** The gift's pickup code in large digits, to show at the counter. */
export function PickupCode({ code, size = 'large' }: { code: string; size?: 'large' | 'small' }) {
  return (
    <View className={`pickup-code pickup-code--${size}`}>
      <View className='pickup-code__label'>提货码</View>
      <View className='pickup-code__digits'>{spacedCode(code)}</View>
      {size === 'large' && <View className='pickup-code__hint'>到店出示提货码，店员核销后领取</View>}
    </View>
  )
}
