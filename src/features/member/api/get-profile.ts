import { callCloud } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'
export type { Profile } from '@/contracts/member'

/** Silent: the screen shows the join prompt or a retry itself. */
export const getProfile = () => callCloud('member', 'profile.get', {}, { silent: true })

export const useProfile = () => useCloudQuery('profile', getProfile)
