import { Text } from '@tarojs/components'
import { countdownTo } from '@/domain/flashsale/countdown'
import './countdown-text.scss'

/** 「距开抢 01:02:03」 on the server's clock (the caller passes corrected time). */
export function CountdownText({ label, target, now }: { label: string; target: string; now: Date }) {
  const left = countdownTo(new Date(target), now)
  return (
    <Text className='flash-countdown'>
      {label}
      <Text className='flash-countdown__digits'>{left.text}</Text>
    </Text>
  )
}
