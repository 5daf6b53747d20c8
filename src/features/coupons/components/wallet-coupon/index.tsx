import { View } from '@tarojs/components'
import type { WalletCoupon } from '../../api/get-wallet'
import { CouponTicket } from '../coupon-ticket'
import './index.scss'

/** The stamp a finished coupon wears; a usable one has none. */
export function stampOf(coupon: WalletCoupon): string | undefined {
  if (coupon.tab === '可使用') return undefined
  return coupon.tab
}

/** One coupon in the wallet (and at the top of its detail page). */
export function WalletCouponCard({ coupon, onOpen, hint = '查看详情 ›' }: { coupon: WalletCoupon; onOpen?: (c: WalletCoupon) => void; hint?: string | null }) {
  const usable = coupon.tab === '可使用'
  return (
    <CouponTicket
      face={coupon.face}
      title={coupon.title}
      lines={[coupon.face.usage, coupon.validity]}
      badge={coupon.badge}
      muted={!usable}
      stamp={stampOf(coupon)}
      onClick={onOpen ? () => onOpen(coupon) : undefined}
      footer={usable && hint ? <View className='wallet-coupon__hint'>{hint}</View> : undefined}
    />
  )
}
