import Taro from '@tarojs/taro'
import { Picker, View } from '@tarojs/components'
import { businessDay } from '@/domain/time'

interface Props {
  birthday: string | null
  locked: boolean
  disabled?: boolean
  onPick: (day: string) => void
}

/**
 * The birthday is set once by the member (the birthday gift depends on it); after that it
 * shows locked and only store staff can change it.
 */
export function BirthdayField({ birthday, locked, disabled, onPick }: Props) {
  if (locked && birthday) {
    return (
      <View className='birthday-field birthday-field--locked'>
        <View className='birthday-field__value'>{birthday}</View>
        <View className='birthday-field__note'>如需修改请联系门店店员</View>
      </View>
    )
  }

  const confirm = async (day: string) => {
    const { confirm: ok } = await Taro.showModal({
      title: '确认生日',
      content: `生日设置后不可自行修改，确认设置为 ${day}？`,
      confirmText: '确认',
      confirmColor: '#19a35b',
    })
    if (ok) onPick(day)
  }

  return (
    <Picker
      mode='date'
      value={birthday ?? '1995-01-01'}
      start='1900-01-01'
      end={businessDay(Date.now())}
      disabled={disabled}
      onChange={(e) => void confirm(String(e.detail.value))}
    >
      <View className='birthday-field'>
        <View className='birthday-field__placeholder'>设置生日，领生日礼</View>
      </View>
    </Picker>
  )
}
