import { CouponPicker } from '@/features/coupons'
import ChainScreen from '@/features/groupbuy/screens/chain-screen'
import { PointsSwitch } from '@/features/orders/components/points-switch'
import { PriceBreakdown } from '@/features/orders/components/price-breakdown'

/** 接龙: the group-buy chain with the checkout's membership block (coupons' picker, orders' points switch and breakdown). */
export default function ChainPage() {
  return (
    <ChainScreen
      renderMembership={({ preview, couponLines, storeId, usePoints, onCoupon, onPoints }) => (
        <>
          <CouponPicker lines={couponLines} channel='online' storeId={storeId} summary={false} onChange={(picked) => onCoupon(picked?.couponId ?? null)} />
          <PointsSwitch balance={preview.points.balance} usable={{ points: preview.points.maxPoints, fen: preview.points.maxFen }} on={usePoints} onChange={onPoints} />
          <PriceBreakdown value={preview.money} />
        </>
      )}
    />
  )
}
