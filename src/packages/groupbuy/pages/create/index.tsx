import CreateChainScreen from '@/features/groupbuy/screens/create-screen'
export default CreateChainScreen
