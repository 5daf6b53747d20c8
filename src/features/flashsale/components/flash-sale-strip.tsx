import Taro from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Price } from '@/components/price'
import { useSessions } from '../api/get-sessions'
import { useServerNow } from '../hooks/use-server-now'
import { flashRoutes } from '../routes'
import { CountdownText } from './countdown-text'
import './flash-sale-strip.scss'

/**
 * The home page's strip: the live session (or the next one) with its countdown on the
 * server's clock and its first items; a tap opens the list. Nothing shows without sessions.
 */
export function FlashSaleStrip() {
  const sessions = useSessions()
  const now = useServerNow(1000)
  const session = sessions.data?.sessions.find((s) => s.items.length > 0)
  if (!session) return null
  const started = now.getTime() >= new Date(session.startAt).getTime()
  return (
    <View className='flash-strip' onClick={() => void Taro.navigateTo({ url: flashRoutes.list })}>
      <View className='flash-strip__head'>
        <View className='flash-strip__title'>限时秒杀 · {session.start}场</View>
        <CountdownText label={started ? '距结束' : '距开抢'} target={started ? session.endAt : session.startAt} now={now} />
      </View>
      <View className='flash-strip__items'>
        {session.items.slice(0, 3).map((item) => (
          <View key={item.itemId} className='flash-strip__item'>
            <View className='flash-strip__name'>{item.name}</View>
            <Price fen={item.flashPriceFen} size='small' />
          </View>
        ))}
      </View>
    </View>
  )
}
