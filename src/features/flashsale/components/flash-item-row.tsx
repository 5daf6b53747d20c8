import { Image, View } from '@tarojs/components'
import { Price } from '@/components/price'
import type { FlashItemCard } from '@/contracts/flashsale'
import { SoldProgress } from './sold-progress'
import './flash-item-row.scss'

const ACTION = { upcoming: '即将开抢', live: '马上抢', sold_out: '已抢光', ended: '已结束' } as const

/** One item of a session: picture, prices, 已抢 progress and its state. */
export function FlashItemRow({ item, state, onOpen }: { item: FlashItemCard; state: keyof typeof ACTION; onOpen: () => void }) {
  return (
    <View className='flash-row' onClick={onOpen}>
      {item.image ? <Image className='flash-row__image' src={item.image} mode='aspectFill' /> : <View className='flash-row__image flash-row__image--empty'>秒</View>}
      <View className='flash-row__body'>
        <View className='flash-row__name'>{item.name}</View>
        <View className='flash-row__limit'>每人限购 {item.limit} 件</View>
        <View className='flash-row__prices'>
          <Price fen={item.flashPriceFen} size='large' />
          <Price fen={item.listPriceFen} size='small' strike />
        </View>
        <View className='flash-row__foot'>
          {state === 'upcoming' ? <View className='flash-row__stock'>限量 {item.stock} 件</View> : <SoldProgress percent={item.soldPercent} />}
          <View className={`flash-row__action flash-row__action--${state}`}>{ACTION[state]}</View>
        </View>
      </View>
    </View>
  )
}
