import { MEMBER_CODE_REFRESH_MS, MEMBER_CODE_TTL_MS } from '@/domain/member'
import type { ActionContext } from '../_shared/define-function'
import { issueCode, issueTillCode } from '../_shared/member-code-signer'
import { requireMember } from '../_shared/members'
import { brandSettings } from '../_shared/settings'

/** member.code: a signed code for the till, fresh for 60 s, to be refreshed every 30 s. */
export async function memberCode(_input: unknown, { db, openid, now }: ActionContext) {
  const member = await requireMember(db, openid)
  const { brandId } = await brandSettings(db)
  const { code } = issueCode('M', brandId, member.cardNo, now)
  return {
    code,
    tillCode: issueTillCode(brandId, member.cardNo, now),
    cardNo: member.cardNo,
    issuedAt: now.toISOString(),
    expiresAt: new Date(now.getTime() + MEMBER_CODE_TTL_MS).toISOString(),
    refreshAfterMs: MEMBER_CODE_REFRESH_MS,
  }
}
