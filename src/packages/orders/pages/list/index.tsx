import OrderListScreen from '@/features/orders/screens/order-list-screen'
export default OrderListScreen
