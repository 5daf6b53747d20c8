import Taro from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { Price } from '@/components/price'
import type { ProductCard as Card } from '@/contracts/catalog-browse'
import { orderRoutes } from '../../routes'
import './index.scss'

/** A product in the feed: picture, name, the member's price (list price struck when lower). */
export function ProductCard({ product }: { product: Card }) {
  const cheaper = product.myFromPriceFen < product.fromPriceFen
  return (
    <View className={`product-card${product.soldOut ? ' product-card--sold-out' : ''}`} onClick={() => Taro.navigateTo({ url: orderRoutes.product(product.productId) })}>
      <View className='product-card__picture'>
        <Image className='product-card__image' src={product.image} mode='aspectFill' lazyLoad />
        {product.soldOut && <View className='product-card__badge'>已售罄</View>}
      </View>
      <View className='product-card__name'>{product.name}</View>
      <View className='product-card__unit'>{product.unit}</View>
      <View className='product-card__prices'>
        <Price fen={product.myFromPriceFen} />
        <View className='product-card__from'>起</View>
        {cheaper && <Price fen={product.fromPriceFen} size='small' strike />}
      </View>
      {cheaper && <View className='product-card__tag'>会员价</View>}
    </View>
  )
}

/** Two columns of cards. */
export function ProductGrid({ products }: { products: Card[] }) {
  return (
    <View className='product-grid'>
      {products.map((p) => (
        <ProductCard key={p.productId} product={p} />
      ))}
    </View>
  )
}
