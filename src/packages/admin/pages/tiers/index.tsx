import TiersScreen from '@/features/admin/screens/tiers'
export default TiersScreen
