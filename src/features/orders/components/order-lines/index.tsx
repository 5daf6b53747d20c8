import { Image, View } from '@tarojs/components'
import { Price } from '@/components/price'
import './index.scss'

export interface OrderLineView {
  skuId: string
  name: string
  skuName: string
  image: string
  quantity: number
  unitPriceFen: number
  listPriceFen: number
}

/** The lines of an order or a checkout: picture, name and spec, unit price, × quantity. */
export function OrderLines({ lines }: { lines: OrderLineView[] }) {
  return (
    <View className='order-lines'>
      {lines.map((l) => (
        <View key={l.skuId} className='order-lines__row'>
          <Image className='order-lines__image' src={l.image} mode='aspectFill' />
          <View className='order-lines__main'>
            <View className='order-lines__name'>{l.name}</View>
            <View className='order-lines__spec'>{l.skuName}</View>
          </View>
          <View className='order-lines__side'>
            <Price fen={l.unitPriceFen} size='small' />
            {l.unitPriceFen < l.listPriceFen && <Price fen={l.listPriceFen} size='small' strike />}
            <View className='order-lines__quantity'>×{l.quantity}</View>
          </View>
        </View>
      ))}
    </View>
  )
}
