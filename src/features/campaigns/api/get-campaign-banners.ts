import { callCloud } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

/** Silent: banners are extra; without them the home page is just as usable. */
export const getCampaignBanners = () => callCloud('member', 'campaigns', {}, { silent: true })

/** Reload with `key` when the session changes (a visitor who joins sees member campaigns). */
export const useCampaignBanners = (key = 'campaigns') => useCloudQuery(key, getCampaignBanners)
