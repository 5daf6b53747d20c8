import { parseMemberCode, tillWindow } from '@/domain/member'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { signatureValid } from '../_shared/member-code-signer'
import { requireMember } from '../_shared/members'

interface CodeUse {
  _id: string
  purpose: string
  at: Date
}

/**
 * member.codeStatus: has the code on the member's screen been used at the till? The sheet
 * polls this (every 2 s while open) to show what the staff action did and a fresh code.
 * Either half of a code counts: the QR's own nonce, or the barcode issued with it (same
 * instant, so the same 30 s till window). Only the caller's own codes are answered.
 *
 * Why a poll and not a realtime watch in the mini program: uses are written by functions
 * into `member_codes_used`, which has no `_openid` and is not readable by clients under
 * CloudBase security rules, so a client-side `watch()` cannot see them.
 */
export async function memberCodeStatus(input: { code: string }, { db, openid }: ActionContext) {
  const member = await requireMember(db, openid)
  const parsed = parseMemberCode(input.code)
  if (!parsed.ok || parsed.value.claims.kind !== 'M' || parsed.value.claims.subject !== member.cardNo || !signatureValid(parsed.value.claims, parsed.value.signature)) {
    throw new ActionError('MEMBER.CODE_INVALID', '无效的会员码')
  }
  const { claims } = parsed.value
  const uses = await Promise.all([claims.nonce, `T${member.cardNo}-${tillWindow(claims.issuedAt)}`].map((id) => findById<CodeUse>(db, 'member_codes_used', id)))
  const use = uses.find((u) => u)
  return use ? { used: true, purpose: use.purpose, at: new Date(use.at).toISOString() } : { used: false, purpose: null, at: null }
}
