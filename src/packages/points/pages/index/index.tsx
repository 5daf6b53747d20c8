import PointsCenterScreen from '../../screen'
export default PointsCenterScreen
