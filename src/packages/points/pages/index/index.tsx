import PointsCenterScreen from '@/features/points/screens/points-center'
export default PointsCenterScreen
