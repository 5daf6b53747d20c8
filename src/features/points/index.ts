/** Points: 积分中心, 积分商城, 商品详情 and 兑换记录. Pages import the screens. */
export { default as PointsCenterScreen } from './screens/points-center'
export { default as PointsMallScreen } from './screens/points-mall'
export { default as MallItemScreen } from './screens/mall-item'
export { default as RedemptionRecordsScreen } from './screens/redemption-records'
export { pointsRoutes } from './model/points-routes'
