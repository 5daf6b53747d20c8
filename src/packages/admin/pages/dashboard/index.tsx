import DashboardScreen from '@/features/admin/screens/dashboard'
export default DashboardScreen
