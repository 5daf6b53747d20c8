import { View } from '@tarojs/components'
import type { CheckinResult } from '../api/check-in'
import './reward-burst.scss'

const COINS = [0, 1, 2, 3, 4, 5]

/** The sign-in reward flying out of the button: 「+10 积分」, coins, and the coupon if any. */
export function RewardBurst({ result }: { result: CheckinResult }) {
  return (
    <View className='reward-burst'>
      {COINS.map((i) => (
        <View key={i} className={`reward-burst__coin reward-burst__coin--${i}`} />
      ))}
      <View className='reward-burst__points'>+{result.reward.points} 积分</View>
      {result.reward.couponTitle && <View className='reward-burst__coupon'>+ {result.reward.couponTitle}</View>}
    </View>
  )
}
