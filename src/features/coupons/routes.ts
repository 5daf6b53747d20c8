/** The coupons subpackage's pages with their query, in one place. */
const root = '/packages/coupons/pages'

export const couponRoutes = {
  center: `${root}/center/index`,
  detail: (couponId: string) => `${root}/detail/index?id=${encodeURIComponent(couponId)}`,
  products: (couponId: string) => `${root}/products/index?couponId=${encodeURIComponent(couponId)}`,
}
