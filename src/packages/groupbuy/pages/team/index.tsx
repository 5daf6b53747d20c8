import TeamScreen from '@/features/groupbuy/screens/team-screen'
export default TeamScreen
