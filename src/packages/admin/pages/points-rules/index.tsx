import PointsRulesScreen from '@/features/admin/screens/points-rules'
export default PointsRulesScreen
