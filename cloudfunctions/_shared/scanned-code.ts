/**
 * A code scanned at the till (member or in-store coupon), checked in the order that
 * reveals least: signature, brand, age; then used up once, inside the staff action's
 * own transaction, so a screenshot or a second scan cannot use it again.
 */
import { checkCodeFresh, parseMemberCode, type MemberCodeClaims, type MemberCodeKind } from '@/domain/member'
import { ActionError, unwrap } from './action-error'
import { findById, type Tx } from './db'
import { signatureValid } from './member-code-signer'

const invalid = () => new ActionError('MEMBER.CODE_INVALID', '无效的会员码')

export function checkScannedCode(raw: string, kind: MemberCodeKind, brandId: string, now: Date): MemberCodeClaims {
  const { claims, signature } = unwrap(parseMemberCode(raw))
  if (claims.kind !== kind || !signatureValid(claims, signature)) throw invalid()
  if (claims.brandId !== brandId) throw new ActionError('MEMBER.CODE_OTHER_BRAND', '不是本品牌的会员码')
  unwrap(checkCodeFresh(claims, now))
  return claims
}

/** Marks the code used by this staff action; a second use is refused. */
export async function useScannedCode(tx: Tx, claims: MemberCodeClaims, use: { staffId: string; purpose: string; now: Date }): Promise<void> {
  if (await findById(tx, 'member_codes_used', claims.nonce)) throw new ActionError('MEMBER.CODE_USED', '该码已使用，请让顾客刷新后重试')
  await tx.collection('member_codes_used').add({ data: { _id: claims.nonce, kind: claims.kind, subject: claims.subject, staffId: use.staffId, purpose: use.purpose, at: use.now } })
}
