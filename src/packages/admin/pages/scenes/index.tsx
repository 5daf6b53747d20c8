import ScenesScreen from '@/features/admin/screens/scenes'
export default ScenesScreen
