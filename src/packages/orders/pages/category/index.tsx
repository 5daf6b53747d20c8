import CategoryScreen from '@/features/orders/screens/category-screen'
export default CategoryScreen
