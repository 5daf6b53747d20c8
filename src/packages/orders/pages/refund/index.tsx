import RefundScreen from '@/features/orders/screens/refund-screen'
export default RefundScreen
