import { callCloud } from '@/lib/cloud'
import { useCloudRead } from '../hooks/use-cloud-read'
export type { Profile } from '@/contracts/member'

/** Silent: the screen shows the join prompt or a retry itself. */
export const getProfile = () => callCloud('member', 'profile.get', {}, { silent: true })

export const useProfile = () => useCloudRead(getProfile)
