import ShipScreen from '@/features/staff/screens/ship-screen'
export default ShipScreen
