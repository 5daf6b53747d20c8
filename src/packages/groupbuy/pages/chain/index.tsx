import ChainScreen from '@/features/groupbuy/screens/chain-screen'
export default ChainScreen
