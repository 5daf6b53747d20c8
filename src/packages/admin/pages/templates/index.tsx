import TemplatesScreen from '@/features/admin/screens/templates'
export default TemplatesScreen
