import { View } from '@tarojs/components'
import { InputNumber } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import { MAX_QUANTITY } from '../../model/cart-lines'
import './index.scss'

export interface SkuOption {
  id: string
  spec: string
  /** What this member pays (tier price when there is one), fen. */
  priceFen: number
  /** The list price, shown struck through when the member price is lower. */
  listFen: number
  stock: number
}

export interface SkuPickerProps {
  skus: SkuOption[]
  value: string | undefined
  quantity: number
  onPick: (skuId: string) => void
  onQuantity: (quantity: number) => void
}

/** 规格 chips (sold-out ones disabled) and the quantity stepper, capped by stock. */
export function SkuPicker({ skus, value, quantity, onPick, onQuantity }: SkuPickerProps) {
  const picked = skus.find((s) => s.id === value)
  const max = Math.max(1, Math.min(MAX_QUANTITY, picked?.stock ?? 1))
  return (
    <View className='sku-picker'>
      <View className='sku-picker__label'>规格</View>
      <View className='sku-picker__chips'>
        {skus.map((s) => {
          const off = s.stock <= 0
          const on = s.id === value
          return (
            <View
              key={s.id}
              className={`sku-picker__chip${on ? ' sku-picker__chip--on' : ''}${off ? ' sku-picker__chip--off' : ''}`}
              onClick={() => !off && onPick(s.id)}
            >
              {s.spec}
              {off && <View className='sku-picker__sold-out'>已售罄</View>}
            </View>
          )
        })}
      </View>
      {picked && (
        <View className='sku-picker__price'>
          <Price fen={picked.priceFen} size='large' />
          {picked.listFen > picked.priceFen && <Price fen={picked.listFen} size='small' strike />}
          <View className='sku-picker__stock'>{picked.stock > 0 ? `库存 ${picked.stock}` : '已售罄'}</View>
        </View>
      )}
      <View className='sku-picker__row'>
        <View className='sku-picker__label'>数量</View>
        <InputNumber value={quantity} min={1} max={max} disabled={!picked || picked.stock <= 0} onChange={(v) => onQuantity(Number(v))} />
      </View>
    </View>
  )
}
