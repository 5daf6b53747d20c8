import { Image, View } from '@tarojs/components'
import { InputNumber } from '@nutui/nutui-react-taro'
import { CheckChecked, CheckNormal, Del } from '@nutui/icons-react-taro'
import { Price } from '@/components/price'
import { MAX_QUANTITY, type CartItem } from '../../model/cart-lines'
import './index.scss'

export interface CartRowProps {
  item: CartItem
  onToggle: () => void
  onQuantity: (quantity: number) => void
  onRemove: () => void
  onOpen: () => void
}

/** One cart line: tick, picture, name and spec, price, stepper and delete. */
export function CartRow({ item, onToggle, onQuantity, onRemove, onOpen }: CartRowProps) {
  return (
    <View className='cart-row'>
      <View className='cart-row__tick' onClick={onToggle}>
        {item.selected ? <CheckChecked size={20} color='#19a35b' /> : <CheckNormal size={20} color='#c4c7cc' />}
      </View>
      <Image className='cart-row__image' src={item.image} mode='aspectFill' onClick={onOpen} />
      <View className='cart-row__main'>
        <View className='cart-row__name' onClick={onOpen}>
          {item.name}
        </View>
        <View className='cart-row__spec'>{item.spec}</View>
        <View className='cart-row__foot'>
          <Price fen={item.priceFen} />
          <InputNumber value={item.quantity} min={1} max={MAX_QUANTITY} onChange={(v) => onQuantity(Number(v))} />
        </View>
      </View>
      <View className='cart-row__remove' onClick={onRemove}>
        <Del size={16} color='#8c9097' />
      </View>
    </View>
  )
}
