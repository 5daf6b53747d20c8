/** Page paths in one place: tab pages use switchTab, subpackage pages navigateTo. */
export const tabs = {
  home: '/pages/home/index',
  member: '/pages/member/index',
  wallet: '/pages/wallet/index',
  mine: '/pages/mine/index',
} as const

export const routes = {
  points: '/packages/points/pages/index/index',
  couponCenter: '/packages/coupons/pages/center/index',
  signin: '/packages/signin/pages/index/index',
  notFound: '/packages/common/pages/not-found/index',
} as const

/** A coupon's detail page, for features that link to one (兑换记录 → 查看券). */
export const couponDetailUrl = (couponId: string) => `/packages/coupons/pages/detail/index?id=${encodeURIComponent(couponId)}`
