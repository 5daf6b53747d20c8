/** Signs and checks member and coupon codes with the environment's secret (HMAC-SHA256). */
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'
import { formatMemberCode, formatTillCode, signedText, tillWindow, type MemberCodeClaims, type MemberCodeKind } from '@/domain/member'
import { secret } from './platform'

const sign = (claims: MemberCodeClaims): string => createHmac('sha256', secret('MEMBER_CODE_SECRET')).update(signedText(claims)).digest('base64url').slice(0, 22)

export function issueCode(kind: MemberCodeKind, brandId: string, subject: string, now: Date): { code: string; claims: MemberCodeClaims } {
  const claims: MemberCodeClaims = { kind, brandId, subject, issuedAt: now.getTime(), nonce: randomBytes(9).toString('base64url') }
  return { code: formatMemberCode(claims, sign(claims)), claims }
}

/** Six digits that only the holder of the secret can compute for (brand, card, window). */
export function tillOtp(brandId: string, cardNo: string, window: number): string {
  const digest = createHmac('sha256', secret('MEMBER_CODE_SECRET')).update(`T.${brandId}.${cardNo}.${window}`).digest()
  return String(digest.readUInt32BE(0) % 1_000_000).padStart(6, '0')
}

/** Eight digits for (brand, coupon, window): the numeric code under a coupon's QR. */
export function couponTillOtp(brandId: string, couponId: string, window: number): string {
  const digest = createHmac('sha256', secret('MEMBER_CODE_SECRET')).update(`TC.${brandId}.${couponId}.${window}`).digest()
  return String(digest.readUInt32BE(0) % 100_000_000).padStart(8, '0')
}

export const issueTillCode = (brandId: string, cardNo: string, now: Date): string => formatTillCode(cardNo, tillOtp(brandId, cardNo, tillWindow(now)))

export function signatureValid(claims: MemberCodeClaims, signature: string): boolean {
  const expected = Buffer.from(sign(claims))
  const given = Buffer.from(signature)
  return expected.length === given.length && timingSafeEqual(expected, given)
}
