import JoinScreen from '@/features/staff/screens/join-screen'
export default JoinScreen
