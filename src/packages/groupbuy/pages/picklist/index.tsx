import PicklistScreen from '@/features/groupbuy/screens/picklist-screen'
export default PicklistScreen
