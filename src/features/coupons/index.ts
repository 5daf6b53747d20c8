/**
 * Coupons: 领券中心, the 券包 tab, 券详情 with the in-store code, products in scope, and the
 * checkout coupon picker. Pages import a screen by its path (screens/*) so that the tab page
 * does not pull the subpackage screens into the main package.
 */
export { CouponPicker, type CouponPickerProps, type PickedCoupon } from './components/coupon-picker'
export { couponRoutes } from './routes'
