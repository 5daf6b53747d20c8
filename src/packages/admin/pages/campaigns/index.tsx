import CampaignsScreen from '@/features/admin/screens/campaigns'
export default CampaignsScreen
