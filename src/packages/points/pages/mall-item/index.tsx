import MallItemScreen from '@/features/points/screens/mall-item'
export default MallItemScreen
