import { View } from '@tarojs/components'
import { Loading } from '@nutui/nutui-react-taro'
import { CheckChecked, CheckNormal } from '@nutui/icons-react-taro'
import { Price } from '@/components/price'
import type { CartLine } from '@/domain/coupons'
import { cartSubtotal } from '@/domain/coupons/cart'
import { useApplicableCoupons, type CheckoutChannel } from '../../api/get-applicable-coupons'
import { usePickedCoupon, type PickedCoupon } from './use-picked-coupon'
import './index.scss'

export type { PickedCoupon }

export interface CouponPickerProps {
  lines: CartLine[]
  channel: CheckoutChannel
  storeId?: string
  title?: string
  /** The 商品合计 / 优惠券 / 预计到手 lines; off where the page shows its own breakdown (checkout). */
  summary?: boolean
  /** Hears the ticked coupon (the best one at first), or null for none. */
  onChange?: (picked: PickedCoupon) => void
}

const Tick = ({ on }: { on: boolean }) => (on ? <CheckChecked size={18} color='#19a35b' /> : <CheckNormal size={18} color='#c4c7cc' />)

/**
 * Checkout preview: the member's coupons that fit these lines with their discount (best one
 * ticked), the ones that do not with the reason, and what is left to pay. One coupon per order.
 */
export function CouponPicker({ lines, channel, storeId, title = '优惠券', summary = true, onChange }: CouponPickerProps) {
  const query = useApplicableCoupons({ lines, channel, storeId })
  const data = query.data
  const { picked, pick } = usePickedCoupon(data?.usable, data?.best, onChange)
  const subtotal = cartSubtotal(lines)
  const discount = picked?.discountFen ?? 0

  return (
    <View className='coupon-picker'>
      <View className='coupon-picker__head'>
        <View className='coupon-picker__title'>{title}</View>
        {data && <View className='coupon-picker__count'>{data.usable.length ? `${data.usable.length} 张可用` : '暂无可用'}</View>}
      </View>
      {!data && query.loading && <Loading className='coupon-picker__loading'>正在计算优惠</Loading>}
      {!data && query.error && <View className='coupon-picker__error'>{query.error.message}</View>}
      {data && (
        <>
          {data.usable.map((u) => (
            <View key={u.couponId} className='coupon-picker__row' onClick={() => pick(u.couponId)}>
              <Tick on={picked?.couponId === u.couponId} />
              <View className='coupon-picker__name'>{u.title}</View>
              {data.best?.couponId === u.couponId && <View className='coupon-picker__best'>最优</View>}
              <Price fen={-u.discountFen} size='small' />
            </View>
          ))}
          {data.usable.length > 0 && (
            <View className='coupon-picker__row' onClick={() => pick('none')}>
              <Tick on={!picked} />
              <View className='coupon-picker__name'>不使用优惠券</View>
            </View>
          )}
          {data.unusable.length > 0 && <View className='coupon-picker__subhead'>不可用（{data.unusable.length}）</View>}
          {data.unusable.map((u) => (
            <View key={u.couponId} className='coupon-picker__row coupon-picker__row--off'>
              <View className='coupon-picker__name'>{u.title}</View>
              <View className='coupon-picker__reason'>{u.reason}</View>
            </View>
          ))}
          {summary && (
            <View className='coupon-picker__sum'>
              <View className='coupon-picker__sum-line'>
                <View>商品合计</View>
                <Price fen={subtotal} size='small' />
              </View>
              <View className='coupon-picker__sum-line'>
                <View>优惠券</View>
                <Price fen={-discount} size='small' />
              </View>
              <View className='coupon-picker__sum-line coupon-picker__sum-line--total'>
                <View>预计到手</View>
                <Price fen={subtotal - discount} />
              </View>
            </View>
          )}
        </>
      )}
    </View>
  )
}
