import { Image, View } from '@tarojs/components'
import { Price } from '@/components/price'
import type { ChainView } from '../api/chain'
import { QuantityStepper } from './quantity-stepper'

export interface ProductPickerProps {
  chain: ChainView
  quantities: Record<string, number>
  onChange: (key: string, quantity: number) => void
  open: boolean
}

/** The chain's products with the chain price, what is left, and a quantity each (the join sheet). */
export function ProductPicker({ chain, quantities, onChange, open }: ProductPickerProps) {
  return (
    <View className='gb-products'>
      {chain.products.map((p) => {
        const total = chain.totals.find((t) => t.key === p.key)
        return (
          <View key={p.key} className='gb-product'>
            <Image className='gb-product__image' src={p.image} mode='aspectFill' />
            <View className='gb-product__info'>
              <View className='gb-product__name'>
                {p.name} <View className='gb-product__unit'>{p.unit}</View>
              </View>
              <View className='gb-product__prices'>
                <Price fen={p.chainPriceFen} />
                <Price fen={p.listPriceFen} size='small' strike />
              </View>
              <View className='gb-product__stock'>
                已接 {total?.quantity ?? 0} 份 · 剩 {p.left} 份
              </View>
            </View>
            <QuantityStepper value={quantities[p.key] ?? 0} max={Math.min(p.left, chain.perPersonLimit)} disabled={!open || p.left === 0} onChange={(q) => onChange(p.key, q)} />
          </View>
        )
      })}
    </View>
  )
}
