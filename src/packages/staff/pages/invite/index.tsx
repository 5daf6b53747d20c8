import InviteScreen from '@/features/staff/screens/invite-screen'
export default InviteScreen
