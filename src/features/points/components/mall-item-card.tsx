import { Image, View } from '@tarojs/components'
import type { MallItem } from '@/contracts/points'
import { mallItemView } from '../model/mall-item-view'
import './mall-item-card.scss'

export interface MallItemCardProps {
  item: MallItem
  balance: number
  onOpen: (item: MallItem) => void
}

/** One tile of the mall grid: picture, name, price in points, stock and the member's limit. */
export function MallItemCard({ item, balance, onOpen }: MallItemCardProps) {
  const view = mallItemView(item, balance)
  const soldOut = view.block === 'sold-out'
  return (
    <View className={`mall-card ${soldOut ? 'mall-card--sold-out' : ''}`} onClick={() => onOpen(item)}>
      <View className='mall-card__picture'>
        <Image className='mall-card__image' src={item.image} mode='aspectFill' lazyLoad />
        {soldOut && <View className='mall-card__stamp'>已兑完</View>}
        <View className='mall-card__kind'>{item.kind === 'gift' ? '实物' : '优惠券'}</View>
      </View>
      <View className='mall-card__body'>
        <View className='mall-card__title'>{item.title}</View>
        <View className='mall-card__price-row'>
          <View className='mall-card__cost'>{view.cost}</View>
          <View className='mall-card__stock'>{view.stock}</View>
        </View>
        <View className='mall-card__tags'>
          <View className='mall-card__tag'>{view.limit}</View>
          {view.mine && <View className='mall-card__tag mall-card__tag--mine'>{view.mine}</View>}
        </View>
      </View>
    </View>
  )
}
