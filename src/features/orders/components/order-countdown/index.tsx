import { Text } from '@tarojs/components'
import { useNow } from '@/lib/use-now'
import { mmss, msLeft, type ServerClock } from '../../model/countdown'

/** 「剩余 14:32」 to the pay deadline, on the server's clock; 「已超时」 at zero. */
export function OrderCountdown({ payBy, clock, className }: { payBy: string; clock: ServerClock; className?: string }) {
  const now = useNow(1000)
  const left = msLeft(payBy, clock, now)
  return <Text className={className}>{left > 0 ? `剩余 ${mmss(left)}` : '已超时'}</Text>
}
