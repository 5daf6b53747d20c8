import { useEffect, useState, type ReactNode } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { Image, View } from '@tarojs/components'
import { Badge, Button } from '@nutui/nutui-react-taro'
import { Cart, Location } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import { LoadFailed } from '@/components/load-failed'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { BottomBar, WITH_BOTTOM_BAR } from '../components/bottom-bar'
import { useProduct } from '../api/get-catalog'
import { SkuPicker } from '../components/sku-picker'
import { cartCount } from '../model/cart-lines'
import { orderRoutes } from '../routes'
import { cartActions, useCartItems } from '../stores/cart'
import './product-screen.scss'

/**
 * 商品详情: pictures, the SKU picker with the member's tier price, stores, add to cart.
 * `extraAction` is another feature's button for the bar, put there by the page (拼团).
 */
export default function ProductScreen({ owner, extraAction }: { owner: string; extraAction?: ReactNode }) {
  const id = useRouter().params.id ?? ''
  const product = useProduct(id)
  const items = useCartItems(owner)
  const [skuId, setSkuId] = useState<string>()
  const [quantity, setQuantity] = useState(1)
  usePageRefresh(product.reload)

  const p = product.data
  // Preselect the first SKU in stock.
  useEffect(() => {
    if (p && !skuId) setSkuId((p.skus.find((s) => s.stock > 0) ?? p.skus[0])?.skuId)
  }, [p, skuId])

  if (!p) {
    if (product.error?.code === 'CATALOG.NOT_FOUND' || product.error?.code === 'ORDER.SKU_NOT_FOUND') {
      return <EmptyState icon={<Cart size={40} />} title='商品不存在或已下架' description='去首页看看别的吧' />
    }
    if (product.error) return <LoadFailed message={product.error.message} onRetry={product.reload} />
    return <View className='product__ghost' />
  }

  const sku = p.skus.find((s) => s.skuId === skuId)
  const add = () => {
    if (!sku) return
    cartActions(owner).add({ skuId: sku.skuId, productId: p.productId, name: p.name, spec: sku.name, priceFen: sku.myPriceFen, image: p.images[0] ?? '', category: p.category }, quantity)
    void Taro.showToast({ title: '已加入购物车', icon: 'success' })
  }

  return (
    <View className={`product ${WITH_BOTTOM_BAR}`}>
      <Image className='product__image' src={p.images[0] ?? ''} mode='aspectFill' />
      <View className='product__head'>
        <View className='product__name'>{p.name}</View>
        <View className='product__description'>{p.description}</View>
      </View>
      <SkuPicker skus={p.skus} tierName={p.tierName} value={skuId} quantity={quantity} onPick={setSkuId} onQuantity={setQuantity} />
      <View className='product__stores'>
        <View className='product__stores-title'>
          <Location size={14} /> 可自提门店
        </View>
        {p.stores.map((s) => (
          <View key={s.storeId} className='product__store'>
            {s.name}
            <View className='product__address'>{s.address}</View>
          </View>
        ))}
      </View>
      <BottomBar className='product__bar'>
        <View className='product__cart' onClick={() => Taro.navigateTo({ url: orderRoutes.cart })}>
          <Badge value={cartCount(items) || undefined} max={99}>
            <Cart size={22} />
          </Badge>
          <View className='product__cart-text'>购物车</View>
        </View>
        {extraAction}
        <Button className='product__add' type='primary' disabled={!sku || sku.stock <= 0} onClick={add}>
          {sku && sku.stock <= 0 ? '已售罄' : '加入购物车'}
        </Button>
      </BottomBar>
    </View>
  )
}
