import OrderDetailScreen from '@/features/orders/screens/order-detail-screen'
export default OrderDetailScreen
