import StoresScreen from '@/features/admin/screens/stores'
export default StoresScreen
