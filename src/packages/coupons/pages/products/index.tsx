import CouponProductsScreen from '@/features/coupons/screens/products-screen'

export default CouponProductsScreen
