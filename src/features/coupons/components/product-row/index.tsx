import { View, Image } from '@tarojs/components'
import { Price } from '@/components/price'
import type { ScopeProduct } from '../../api/get-coupon-products'
import './index.scss'

/** A product in a coupon's scope: picture, name, unit, price. */
export function ProductRow({ product }: { product: ScopeProduct }) {
  return (
    <View className='product-row'>
      {product.image ? <Image className='product-row__image' src={product.image} mode='aspectFill' lazyLoad /> : <View className='product-row__image' />}
      <View className='product-row__body'>
        <View className='product-row__name'>{product.name}</View>
        <View className='product-row__unit'>{product.unit}</View>
        <Price fen={product.priceFen} className='product-row__price' />
      </View>
    </View>
  )
}
