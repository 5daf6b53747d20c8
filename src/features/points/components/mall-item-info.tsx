import { Image, View } from '@tarojs/components'
import type { MallItem } from '@/contracts/points'
import { formatPoints } from '@/domain/points'
import type { MallItemView } from '../model/mall-item-view'
import './mall-item-info.scss'

/** The item itself: picture, price in points, stock, limit, how it is handed over, description. */
export function MallItemInfo({ item, view }: { item: MallItem; view: MallItemView }) {
  const rows = [
    { label: '库存', value: view.block === 'sold-out' ? '已兑完' : `${view.stock} 件 / 共 ${formatPoints(item.stock)} 件` },
    { label: '限兑', value: view.mine ? `${view.limit}（${view.mine}）` : view.limit },
    { label: '领取', value: item.kind === 'gift' ? '兑换后凭提货码到店领取' : '兑换后自动放入券包' },
  ]
  return (
    <View className='mall-item-info'>
      <View className='mall-item-info__picture'>
        <Image className='mall-item-info__image' src={item.image} mode='aspectFill' />
      </View>
      <View className='mall-item-info__card'>
        <View className='mall-item-info__cost'>{view.cost}</View>
        <View className='mall-item-info__title'>{item.title}</View>
        <View className='mall-item-info__rows'>
          {rows.map((row) => (
            <View key={row.label} className='mall-item-info__row'>
              <View className='mall-item-info__label'>{row.label}</View>
              <View className='mall-item-info__value'>{row.value}</View>
            </View>
          ))}
        </View>
      </View>
      <View className='mall-item-info__card'>
        <View className='mall-item-info__heading'>商品说明</View>
        <View className='mall-item-info__description'>{item.description}</View>
      </View>
    </View>
  )
}
