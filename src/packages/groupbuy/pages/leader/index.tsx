import LeaderScreen from '@/features/groupbuy/screens/leader-screen'
export default LeaderScreen
