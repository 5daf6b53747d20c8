import { Coupon } from '@nutui/icons-react-taro'
import { PlaceholderScreen } from '@/components/placeholder-screen'

/** 领券中心 — placeholder until the coupons feature provides the real screen. */
export default function CouponCenterScreen() {
  return (
    <PlaceholderScreen
      title='领券中心'
      subtitle='门店好券，先领后用'
      icon={<Coupon size={40} />}
      emptyTitle='暂时没有可领的券'
      emptyDescription='新券上架后会出现在这里'
    />
  )
}
