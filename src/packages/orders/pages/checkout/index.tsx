import { CouponPicker } from '@/features/coupons'
import CheckoutScreen from '@/features/orders/screens/checkout-screen'
import { useCartOwner } from '../../use-cart-owner'

/** 确认订单: the orders feature's checkout with the coupons feature's picker in its slot. */
export default function CheckoutPage() {
  const owner = useCartOwner()
  if (!owner) return null
  return (
    <CheckoutScreen
      owner={owner}
      renderCoupons={({ lines, storeId, onChange }) => (
        <CouponPicker lines={lines} channel='online' storeId={storeId} summary={false} onChange={(picked) => onChange(picked?.couponId ?? null)} />
      )}
    />
  )
}
