/**
 * A code scanned at the till (member or in-store coupon), checked in the order that
 * reveals least: signature, brand, age; then used up once, inside the staff action's
 * own transaction, so a screenshot or a second scan cannot use it again.
 */
import { checkCodeFresh, parseMemberCode, parseTillCode, tillWindow, TILL_WINDOW_MS, type MemberCodeClaims, type MemberCodeKind } from '@/domain/member'
import { timingSafeEqual } from 'node:crypto'
import { ActionError, unwrap } from './action-error'
import { findById, type Db, type Tx } from './db'
import { requireMemberByCardNo, type MemberDoc } from './members'
import { brandSettings } from './settings'
import { signatureValid, tillOtp } from './member-code-signer'

const invalid = () => new ActionError('MEMBER.CODE_INVALID', '无效的会员码')

/** An 18-digit till code (the barcode): valid in its 30 s window and the next. */
function checkTillCode(raw: string, brandId: string, now: Date): MemberCodeClaims | null {
  const till = parseTillCode(raw)
  if (!till) return null
  const current = tillWindow(now)
  const window = [current, current - 1].find((w) => timingSafeEqual(Buffer.from(tillOtp(brandId, till.cardNo, w)), Buffer.from(till.otp)))
  if (window === undefined) {
    const older = [current - 2, current - 3].some((w) => tillOtp(brandId, till.cardNo, w) === till.otp)
    throw older ? new ActionError('MEMBER.CODE_EXPIRED', '会员码已过期，请让顾客刷新后重试') : invalid()
  }
  return { kind: 'M', brandId, subject: till.cardNo, issuedAt: window * TILL_WINDOW_MS, nonce: `T${till.cardNo}-${window}` }
}

export function checkScannedCode(raw: string, kind: MemberCodeKind, brandId: string, now: Date): MemberCodeClaims {
  const till = kind === 'M' ? checkTillCode(raw, brandId, now) : null
  if (till) return till
  const { claims, signature } = unwrap(parseMemberCode(raw))
  if (claims.kind !== kind || !signatureValid(claims, signature)) throw invalid()
  if (claims.brandId !== brandId) throw new ActionError('MEMBER.CODE_OTHER_BRAND', '不是本品牌的会员码')
  unwrap(checkCodeFresh(claims, now))
  return claims
}

/** A member code scanned at the till, checked, with the member it names (not yet used up). */
export async function scanMemberCode(db: Db, raw: string, now: Date): Promise<{ claims: MemberCodeClaims; member: MemberDoc }> {
  const claims = checkScannedCode(raw, 'M', (await brandSettings(db)).brandId, now)
  return { claims, member: await requireMemberByCardNo(db, claims.subject) }
}

/** Marks the code used by this staff action; a second use is refused. */
export async function useScannedCode(tx: Tx, claims: MemberCodeClaims, use: { staffId: string; purpose: string; now: Date }): Promise<void> {
  if (await findById(tx, 'member_codes_used', claims.nonce)) throw new ActionError('MEMBER.CODE_USED', '该码已使用，请让顾客刷新后重试')
  await tx.collection('member_codes_used').add({ data: { _id: claims.nonce, kind: claims.kind, subject: claims.subject, staffId: use.staffId, purpose: use.purpose, at: use.now } })
}
