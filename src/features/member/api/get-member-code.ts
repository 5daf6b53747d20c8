import { callCloud } from '@/lib/cloud'
import type { memberContracts } from '@/contracts/member'
import type { ResultOf } from '@/lib/cloud-types'

/** `{ code, cardNo, issuedAt, expiresAt, refreshAfterMs }`: a signed code, good for 60 s. */
export type MemberCode = ResultOf<(typeof memberContracts)['code']>

/** Silent: the code view shows its own retry state. */
export const getMemberCode = () => callCloud('member', 'code', {}, { silent: true })
