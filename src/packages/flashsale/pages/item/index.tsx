import FlashItemScreen from '@/features/flashsale/screens/flash-item-screen'
export default FlashItemScreen
