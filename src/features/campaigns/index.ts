/** Campaigns feature: the home page's banners (the integrator places <CampaignBanners /> in src/pages/home). */
export { CampaignBanners } from './components/campaign-banners'
