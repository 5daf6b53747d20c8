import { useEffect, useRef } from 'react'
import { View } from '@tarojs/components'
import { clockOffset, correctedNow, countdownTo } from '@/domain/flashsale/countdown'
import { useNow } from '@/lib/use-now'

/**
 * 「剩余 23:59:59」 to the team's deadline on the server's clock: the offset between the
 * reply's `now` and the device's clock when it arrived corrects every tick, and the time
 * left is recomputed from the deadline each second, so it never drifts. `onEnd` once at 0.
 */
export function TeamCountdown({ deadline, serverNow, receivedAt, onEnd }: { deadline: string; serverNow: string; receivedAt: number; onEnd: () => void }) {
  const local = useNow(1000)
  const left = countdownTo(new Date(deadline), correctedNow(clockOffset(new Date(serverNow), receivedAt), local))
  const ended = useRef(false)
  useEffect(() => {
    if (left.totalSeconds === 0 && !ended.current) {
      ended.current = true
      onEnd()
    }
  }, [left.totalSeconds, onEnd])
  return <View className='gb-team__countdown'>剩余 {left.text} 结束</View>
}
