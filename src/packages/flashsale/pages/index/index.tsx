import FlashListScreen from '@/features/flashsale/screens/flash-list-screen'
export default FlashListScreen
