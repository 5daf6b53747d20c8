import OpenChainsScreen from '@/features/groupbuy/screens/open-chains-screen'
export default OpenChainsScreen
