import ProfileScreen from '@/features/member/screens/profile'

export default ProfileScreen
