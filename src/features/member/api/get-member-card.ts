import { callCloud } from '@/lib/cloud'
export type { MemberCard } from '@/contracts/member'

/** Silent: "not a member yet" is an answer (the join invitation), not an error toast. */
export const getMemberCard = () => callCloud('member', 'card', {}, { silent: true })
