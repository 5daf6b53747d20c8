import PointsMallScreen from '@/features/points/screens/points-mall'
export default PointsMallScreen
