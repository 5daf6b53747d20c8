import RedemptionRecordsScreen from '@/features/points/screens/redemption-records'
export default RedemptionRecordsScreen
