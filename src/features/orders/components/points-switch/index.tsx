import { View } from '@tarojs/components'
import { Switch } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import './index.scss'

export interface PointsSwitchProps {
  balance: number
  /** What the checkout rule allows on this order (100 积分 = 1 元, at most half). */
  usable: { points: number; fen: number }
  on: boolean
  onChange: (on: boolean) => void
}

/** 「积分抵扣」: the most points this order takes, as a switch; off when none can be used. */
export function PointsSwitch({ balance, usable, on, onChange }: PointsSwitchProps) {
  const none = usable.points <= 0
  return (
    <View className='points-switch'>
      <View className='points-switch__text'>
        <View className='points-switch__title'>积分抵扣</View>
        <View className='points-switch__hint'>
          {none ? `当前 ${balance} 积分，满 100 积分可抵 1 元` : `共 ${balance} 积分，可用 ${usable.points} 积分抵 `}
          {!none && <Price fen={usable.fen} size='small' />}
        </View>
      </View>
      <Switch className='points-switch__toggle' checked={on && !none} disabled={none} onChange={(v) => onChange(v)} />
    </View>
  )
}
