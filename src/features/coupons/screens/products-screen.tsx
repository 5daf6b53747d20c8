import { useMemo } from 'react'
import Taro, { useRouter } from '@tarojs/taro'
import { View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import { Store } from '@nutui/icons-react-taro'
import { EmptyState } from '@/components/empty-state'
import type { CartLine } from '@/domain/coupons'
import { usePageRefresh } from '@/lib/use-page-refresh'
import { useCouponDetail } from '../api/get-coupon-detail'
import { useCouponProducts } from '../api/get-coupon-products'
import { CouponPicker } from '../components/coupon-picker'
import { ProductRow } from '../components/product-row'
import { LoadError } from '../components/states'
import './products-screen.scss'

/** 适用商品 (?couponId=…): what the coupon applies to, and a 凑单预览 of one of each. */
export default function CouponProductsScreen() {
  const couponId = useRouter().params.couponId ?? ''
  const detail = useCouponDetail(couponId)
  const products = useCouponProducts(couponId)
  usePageRefresh(() => Promise.all([detail.reload(), products.reload()]))

  const items = products.data?.items
  const sampleCart = useMemo<CartLine[]>(
    () => (items ?? []).slice(0, 100).map((p) => ({ sku: p.sku, category: p.category, priceFen: p.priceFen, quantity: 1 })),
    [items],
  )
  const coupon = detail.data?.coupon
  const error = products.error ?? detail.error

  if (!couponId) return <LoadError message='没有找到这张优惠券' onRetry={() => Taro.navigateBack()} />
  if (!items || !coupon) {
    return error ? (
      <LoadError message={error.message} onRetry={() => Promise.all([detail.reload(), products.reload()])} />
    ) : (
      <View className='coupon-products__loading'>
        <Loading>加载中</Loading>
      </View>
    )
  }

  return (
    <View className='coupon-products'>
      <View className='coupon-products__head'>
        <View className='coupon-products__title'>「{coupon.title}」适用商品</View>
        <View className='coupon-products__meta'>
          {coupon.face.condition} · {coupon.face.usage} · 共 {items.length} 件
        </View>
      </View>
      {items.length === 0 ? (
        <EmptyState icon={<Store size={40} />} title='暂无适用商品' description='门店上新后会出现在这里' />
      ) : (
        <>
          <View className='coupon-products__list'>
            {items.map((p) => (
              <ProductRow key={p.sku} product={p} />
            ))}
          </View>
          <View className='coupon-products__section'>凑单预览 · 每样各来一份</View>
          <CouponPicker lines={sampleCart} channel={coupon.channel === 'store' ? 'store' : 'online'} title='优惠券' />
        </>
      )}
    </View>
  )
}
