import { Text, View } from '@tarojs/components'
import { formatPoints } from '@/domain/points'
import type { CheckinResult } from '../api/check-in'
import type { SigninStatus } from '../api/get-signin-status'
import { CheckinButton } from './checkin-button'
import { RewardBurst } from './reward-burst'
import './signin-hero.scss'

export interface SigninHeroProps {
  status: SigninStatus
  pending: boolean
  /** The sign-in that just happened, while its animation plays. */
  burst: CheckinResult | null
  onCheckin: () => void
}

/** The green head: the streak, the banner sentence and the big button. */
export function SigninHero({ status, pending, burst, onCheckin }: SigninHeroProps) {
  const next = status.cycle.days.find((d) => d.day === status.cycle.next)
  return (
    <View className='signin-hero'>
      <View className='signin-hero__row'>
        <View className='signin-hero__facts'>
          <View className='signin-hero__label'>已连续签到</View>
          <View className='signin-hero__streak'>
            <Text className='signin-hero__number'>{status.streak}</Text>
            <Text className='signin-hero__unit'>天</Text>
          </View>
          <View className='signin-hero__meta'>
            累计签到 {status.total} 天 · 积分 {formatPoints(status.points)}
          </View>
        </View>
        <View className='signin-hero__action'>
          <CheckinButton signedToday={status.signedToday} points={next?.points ?? 0} gift={Boolean(next?.couponTitle)} pending={pending} popping={burst !== null} onCheckin={onCheckin} />
          {burst && <RewardBurst result={burst} />}
        </View>
      </View>
      <View className='signin-hero__banner'>{status.banner}</View>
    </View>
  )
}
