import AuditScreen from '@/features/admin/screens/audit'
export default AuditScreen
