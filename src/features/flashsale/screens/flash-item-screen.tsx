import Taro, { useRouter } from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { Button, Loading } from '@nutui/nutui-react-taro'
import { LoadFailed } from '@/components/load-failed'
import { Price } from '@/components/price'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { CountdownText } from '../components/countdown-text'
import { PayPanel } from '../components/pay-panel'
import { SoldProgress } from '../components/sold-progress'
import { useFlashItem } from '../hooks/use-flash-item'
import { useServerNow } from '../hooks/use-server-now'
import { buyButton, liveState } from '../model/buy-button'
import './flash-item-screen.scss'

/** 秒杀详情 (?itemId=): price, 「已抢 87%」, countdown, pickup store, buy → pay; before the start, 提醒我. */
export default function FlashItemScreen() {
  const itemId = useRouter().params.itemId ?? ''
  const page = useFlashItem(itemId)
  const now = useServerNow()
  usePageRefresh(page.item.reload)
  const item = page.item.data

  if (!item) {
    return page.item.error || !itemId ? (
      <LoadFailed message={page.item.error?.message ?? '秒杀商品不存在'} onRetry={itemId ? page.item.reload : () => Taro.navigateBack()} />
    ) : (
      <View className='flash-item__loading'>
        <Loading>加载中</Loading>
      </View>
    )
  }
  const state = liveState(item, now)
  const button = buyButton(item, now)
  const onButton = button.action === 'reserve' ? page.reserve : button.action === 'remind' ? page.remind : undefined

  return (
    <View className='flash-item'>
      {item.image ? <Image className='flash-item__image' src={item.image} mode='aspectFill' /> : <View className='flash-item__image flash-item__image--empty'>秒杀</View>}
      <View className='flash-item__price-bar'>
        <View>
          <Price fen={item.flashPriceFen} size='large' />
          <Price fen={item.listPriceFen} size='small' strike />
        </View>
        {state === 'upcoming' && <CountdownText label='距开抢' target={item.startAt} now={now} />}
        {state === 'live' && <CountdownText label='距结束' target={item.endAt} now={now} />}
      </View>
      <View className='flash-item__card'>
        <View className='flash-item__name'>{item.name}</View>
        <SoldProgress percent={item.soldPercent} />
        <View className='flash-item__rules'>
          限量 {item.stock} 件 · 每人限购 {item.limit} 件{item.tierNames.length > 0 && ` · 仅限${item.tierNames.join('、')}`} · 抢到后 5 分钟内支付
        </View>
      </View>
      <View className='flash-item__card'>
        <View className='flash-item__label'>自提门店</View>
        <View className='flash-item__stores'>
          {item.stores.map((s) => (
            <View key={s.storeId} className={`flash-item__store${s.storeId === page.storeId ? ' flash-item__store--on' : ''}`} onClick={() => page.setStoreId(s.storeId)}>
              {s.name}
            </View>
          ))}
        </View>
      </View>
      {page.reservation && <PayPanel reservation={page.reservation} paid={page.paid} now={now} pending={page.pending} onPay={page.pay} />}
      <View className='flash-item__bar'>
        <Button type='danger' shape='round' block disabled={!button.enabled || page.pending || Boolean(page.reservation && !page.paid)} loading={page.pending} onClick={onButton}>
          {button.text}
        </Button>
      </View>
    </View>
  )
}
