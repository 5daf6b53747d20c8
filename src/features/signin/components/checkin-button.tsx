import { Text, View } from '@tarojs/components'
import { Check } from '@nutui/icons-react-taro'
import './checkin-button.scss'

export interface CheckinButtonProps {
  signedToday: boolean
  /** Points today's sign-in earns (shown under 签到). */
  points: number
  /** Today's sign-in also gives a coupon. */
  gift: boolean
  pending: boolean
  /** Plays the scale pop after a successful sign-in. */
  popping: boolean
  onCheckin: () => void
}

/** The big round 签到 button: disabled once today is signed, and while the request runs. */
export function CheckinButton({ signedToday, points, gift, pending, popping, onCheckin }: CheckinButtonProps) {
  const disabled = signedToday || pending
  const className = ['checkin-button', signedToday && 'checkin-button--done', pending && 'checkin-button--pending', popping && 'checkin-button--pop'].filter(Boolean).join(' ')
  return (
    <View className={className} aria-disabled={disabled} role='button' onClick={disabled ? undefined : onCheckin}>
      {popping ? (
        <Check size={44} />
      ) : (
        <>
          <Text className='checkin-button__title'>{signedToday ? '已签到' : pending ? '签到中' : '签到'}</Text>
          <Text className='checkin-button__hint'>{signedToday ? '明天再来' : `+${points} 积分${gift ? '+券' : ''}`}</Text>
        </>
      )}
    </View>
  )
}
