import CouponDetailScreen from '@/features/coupons/screens/detail-screen'

export default CouponDetailScreen
