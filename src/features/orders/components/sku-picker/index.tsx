import { View } from '@tarojs/components'
import { InputNumber } from '@nutui/nutui-react-taro'
import { Price } from '@/components/price'
import type { SkuView } from '@/contracts/catalog'
import { MAX_QUANTITY } from '../../model/cart-lines'
import './index.scss'

export interface SkuPickerProps {
  skus: SkuView[]
  /** 「银卡价」 beside a member price; null for visitors. */
  tierName: string | null
  value: string | undefined
  quantity: number
  onPick: (skuId: string) => void
  onQuantity: (quantity: number) => void
}

/** 规格 chips (sold-out ones disabled) and the quantity stepper, capped by stock. */
export function SkuPicker({ skus, tierName, value, quantity, onPick, onQuantity }: SkuPickerProps) {
  const picked = skus.find((s) => s.skuId === value)
  const max = Math.max(1, Math.min(MAX_QUANTITY, picked?.stock ?? 1))
  return (
    <View className='sku-picker'>
      <View className='sku-picker__label'>规格</View>
      <View className='sku-picker__chips'>
        {skus.map((s) => {
          const off = s.stock <= 0
          const on = s.skuId === value
          return (
            <View
              key={s.skuId}
              className={`sku-picker__chip${on ? ' sku-picker__chip--on' : ''}${off ? ' sku-picker__chip--off' : ''}`}
              onClick={() => !off && onPick(s.skuId)}
            >
              {s.name}
              {off && <View className='sku-picker__sold-out'>已售罄</View>}
            </View>
          )
        })}
      </View>
      {picked && (
        <View className='sku-picker__price'>
          <Price fen={picked.myPriceFen} size='large' />
          {picked.myPriceFen < picked.priceFen && (
            <>
              {tierName && <View className='sku-picker__tier'>{tierName}价</View>}
              <Price fen={picked.priceFen} size='small' strike />
            </>
          )}
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
