import ConsoleScreen from '@/features/admin/screens/console'
export default ConsoleScreen
