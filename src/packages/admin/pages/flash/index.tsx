import FlashScreen from '@/features/admin/screens/flash'
export default FlashScreen
