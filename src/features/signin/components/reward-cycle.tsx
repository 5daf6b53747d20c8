import { View } from '@tarojs/components'
import { Check, Gift } from '@nutui/icons-react-taro'
import type { SigninStatus } from '../api/get-signin-status'
import { cycleCells, giftName } from '../model/cycle-view'
import './reward-cycle.scss'

/** The 7 days of the reward cycle: done this round, the next one highlighted, the day-7 gift. */
export function RewardCycle({ status }: { status: SigninStatus }) {
  const cells = cycleCells(status)
  const gift = cells.find((c) => c.couponTitle)
  return (
    <View className='signin-card reward-cycle'>
      <View className='signin-card__head'>
        <View className='signin-card__title'>连签奖励</View>
        <View className='signin-card__note'>{gift ? `第 ${gift.day} 天送${giftName(gift.couponTitle ?? '')}` : `连签 ${cells.length} 天为一轮`}</View>
      </View>
      <View className='reward-cycle__days'>
        {cells.map((cell) => (
          <View key={cell.day} className={`reward-cycle__day reward-cycle__day--${cell.state}${cell.couponTitle ? ' reward-cycle__day--gift' : ''}`}>
            <View className='reward-cycle__icon'>{cell.state === 'done' ? <Check size={16} /> : cell.couponTitle ? <Gift size={18} /> : <View className='reward-cycle__coin'>积</View>}</View>
            <View className='reward-cycle__points'>+{cell.points}</View>
            <View className='reward-cycle__label'>{cell.label}</View>
          </View>
        ))}
      </View>
    </View>
  )
}
