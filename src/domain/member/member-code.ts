/**
 * The member code shown at the till (QR and barcode). It names the brand and the card,
 * when it was issued and a one-time nonce, and carries a signature made server-side
 * (HMAC with a secret of the cloud environment). The client refreshes it every 30 s;
 * the till accepts it for at most 60 s, and once per staff action, so a screenshot
 * cannot be reused. Signing needs the secret and lives with the cloud functions; the
 * rules on what a code says and how long it lives are here.
 */
import { err, ok, type Result } from '../result'

export const MEMBER_CODE_REFRESH_MS = 30_000
export const MEMBER_CODE_TTL_MS = 60_000
/** A phone's clock may run a little ahead of the server's. */
const CLOCK_SKEW_MS = 5_000

export type MemberCodeKind = 'M' | 'C' | 'P'

export interface MemberCodeClaims {
  /** 'M' for a member code, 'C' for an in-store coupon code, 'P' for an order's pickup code. */
  kind: MemberCodeKind
  brandId: string
  /** The card number ('M'), the coupon id ('C') or the order id ('P'). */
  subject: string
  issuedAt: number
  nonce: string
}

const FIELD = /^[A-Za-z0-9_-]{1,40}$/

/** The signed part: what the signature covers. */
export const signedText = (c: MemberCodeClaims): string => [c.kind, c.brandId, c.subject, c.issuedAt.toString(36), c.nonce].join('.')

export const formatMemberCode = (c: MemberCodeClaims, signature: string): string => `${signedText(c)}.${signature}`

export type ParsedCode = { claims: MemberCodeClaims; signature: string }

/** Reads a scanned code; anything that is not one of ours is `MEMBER.CODE_INVALID`. */
export function parseMemberCode(raw: string): Result<ParsedCode> {
  const parts = raw.trim().split('.')
  if (parts.length !== 6) return err('MEMBER.CODE_INVALID', '无效的会员码')
  const [kind, brandId, subject, issued, nonce, signature] = parts
  const issuedAt = parseInt(issued, 36)
  if ((kind !== 'M' && kind !== 'C' && kind !== 'P') || ![brandId, subject, nonce, signature].every((p) => FIELD.test(p)) || !/^[0-9a-z]{1,12}$/.test(issued) || !Number.isSafeInteger(issuedAt)) {
    return err('MEMBER.CODE_INVALID', '无效的会员码')
  }
  return ok({ claims: { kind, brandId, subject, issuedAt, nonce }, signature })
}

/** Whether a correctly signed code may still be used at `now`. */
export function checkCodeFresh(claims: MemberCodeClaims, now: Date): Result<true> {
  const age = now.getTime() - claims.issuedAt
  if (age < -CLOCK_SKEW_MS) return err('MEMBER.CODE_INVALID', '无效的会员码')
  if (age > MEMBER_CODE_TTL_MS) return err('MEMBER.CODE_EXPIRED', '会员码已过期，请让顾客刷新后重试')
  return ok(true)
}

/**
 * The till code: the same member code as 18 digits for a 1D barcode (a Code 128 of the
 * signed code would need ~760 bars). Card number (12 digits) + a 6-digit one-time code
 * of the 30-second window, signed server-side like the QR; it is valid in its window and
 * the next (so 30-60 s), and used up by one staff action.
 */
export const TILL_WINDOW_MS = MEMBER_CODE_REFRESH_MS

export const tillWindow = (at: Date | number): number => Math.floor((typeof at === 'number' ? at : at.getTime()) / TILL_WINDOW_MS)

export const formatTillCode = (cardNo: string, otp: string): string => `${cardNo}${otp}`

/** Card number and one-time code of an 18-digit till code, or null if it is not one. */
export function parseTillCode(raw: string): { cardNo: string; otp: string } | null {
  const digits = raw.trim()
  return /^[1-9]\d{17}$/.test(digits) ? { cardNo: digits.slice(0, 12), otp: digits.slice(12) } : null
}

/**
 * An in-store coupon's numeric code, for a till that cannot scan: 20 digits, the owner's
 * card number (12) + an 8-digit one-time code of (coupon, 30 s window), signed server-side.
 * Valid in its window and the next and used once, like the till code. Its length keeps it
 * apart from every other code the staff box takes (18: member, 8: gift, 6: order).
 */
export function parseCouponTillCode(raw: string): { cardNo: string; otp: string } | null {
  const digits = raw.trim()
  return /^[1-9]\d{19}$/.test(digits) ? { cardNo: digits.slice(0, 12), otp: digits.slice(12) } : null
}

/** Wrong numeric coupon codes a staff seat may type in one hour before they are refused. */
export const COUPON_TILL_MISSES_PER_HOUR = 10
