import ProductsScreen from '@/features/admin/screens/products'
export default ProductsScreen
