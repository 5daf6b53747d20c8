import LeadersScreen from '@/features/admin/screens/leaders'
export default LeadersScreen
