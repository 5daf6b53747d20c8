import CouponCenterScreen from '@/features/coupons/screens/center-screen'

export default CouponCenterScreen
