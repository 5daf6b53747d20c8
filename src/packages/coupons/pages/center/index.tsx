import CouponCenterScreen from '../../screen'
export default CouponCenterScreen
