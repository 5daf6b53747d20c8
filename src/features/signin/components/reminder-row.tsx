import { View } from '@tarojs/components'
import { Notice } from '@nutui/icons-react-taro'
import { Switch } from '@nutui/nutui-react-taro'
import './reminder-row.scss'

export interface ReminderRowProps {
  on: boolean
  /** No template configured: the switch is shown off and cannot be turned on. */
  available: boolean
  pending: boolean
  onChange: (on: boolean) => void
}

/** 签到提醒: a subscribe message at 20:00 on days the member has not signed in yet. */
export function ReminderRow({ on, available, pending, onChange }: ReminderRowProps) {
  return (
    <View className='signin-card reminder-row'>
      <View className='reminder-row__icon'>
        <Notice size={18} />
      </View>
      <View className='reminder-row__text'>
        <View className='reminder-row__title'>签到提醒</View>
        <View className='reminder-row__description'>{available ? '每天 20:00 还没签到时提醒我' : '签到提醒暂未开通'}</View>
      </View>
      <Switch checked={on} disabled={!available || pending} loading={pending} onChange={(value) => onChange(value)} />
    </View>
  )
}
