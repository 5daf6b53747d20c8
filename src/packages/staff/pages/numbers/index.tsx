import NumbersScreen from '@/features/staff/screens/numbers-screen'
export default NumbersScreen
