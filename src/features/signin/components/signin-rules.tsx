import { View } from '@tarojs/components'
import type { SigninStatus } from '../api/get-signin-status'
import { giftName } from '../model/cycle-view'

/** The rules in plain words, with the numbers this chain configured. */
export function SigninRules({ status }: { status: SigninStatus }) {
  const gift = status.cycle.days.find((d) => d.couponTitle)
  const lines = [
    `每天签到得积分，连签奖励逐日递增，${status.cycle.days.length} 天一轮${gift ? `，第 ${gift.day} 天额外送${giftName(gift.couponTitle ?? '')}` : ''}。`,
    '漏签一天，连签天数从 1 重新计算。',
    `本月漏签的日期可补签，每次消耗 ${status.makeupCost} 积分，每月最多 ${status.makeupsPerMonth} 次；补签不发放当天奖励。`,
    '签到以北京时间为准，每天 0 点刷新。',
  ]
  return (
    <View className='signin-card signin-rules'>
      <View className='signin-card__head'>
        <View className='signin-card__title'>签到规则</View>
      </View>
      {lines.map((line, i) => (
        <View key={i} className='signin-rules__line'>
          {i + 1}. {line}
        </View>
      ))}
    </View>
  )
}
