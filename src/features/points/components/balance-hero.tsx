import { View } from '@tarojs/components'
import { Clock } from '@nutui/icons-react-taro'
import { formatPoints } from '@/domain/points'
import './balance-hero.scss'

export interface BalanceHeroProps {
  balance: number
  /** Lines such as 「1,215 积分将于 2027-12-31 过期」, soonest first. */
  expiring: readonly { day: string; text: string }[]
}

/** The green head of 积分中心: what the member can spend, and when points lapse. */
export function BalanceHero({ balance, expiring }: BalanceHeroProps) {
  return (
    <View className='balance-hero'>
      <View className='balance-hero__label'>可用积分</View>
      <View className='balance-hero__amount'>{formatPoints(balance)}</View>
      {expiring.length > 0 ? (
        expiring.map((line) => (
          <View key={line.day} className='balance-hero__expiry'>
            <Clock size={12} />
            <View className='balance-hero__expiry-text'>{line.text}</View>
          </View>
        ))
      ) : (
        <View className='balance-hero__expiry'>消费、签到都能攒积分</View>
      )}
    </View>
  )
}
