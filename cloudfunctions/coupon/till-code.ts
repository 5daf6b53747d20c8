/**
 * The numeric code under an in-store coupon's QR, for a till that cannot scan: the owner's
 * card number + 8 digits of HMAC(coupon, 30 s window). It names no coupon, so the till
 * finds it among the owner's usable coupons (one indexed query, the staff lookup's).
 *
 * Why it is as safe as the QR: a code lives 30-60 s and is used once; a guess for a card
 * with N usable coupons hits with probability 2N / 10^8; and wrong codes are counted per
 * staff seat per hour (`codeMisses` on the seat): after 10 the seat's numeric coupon codes
 * are refused for the rest of the hour (the QR still works). A seat can then make at most
 * 240 guesses a day: for a card with 10 coupons, a 1 in 20,000 chance a day, and every
 * attempt is an audited staff call. The card number alone (printed on the card) is not
 * enough, and another member's card number with this coupon's digits matches nothing.
 */
import { COUPON_TILL_MISSES_PER_HOUR, formatTillCode, parseCouponTillCode, tillWindow, TILL_WINDOW_MS, type MemberCodeClaims } from '@/domain/member'
import { timingSafeEqual } from 'node:crypto'
import { ActionError } from '../_shared/action-error'
import { findById, type Db } from '../_shared/db'
import { memberByCardNo, type StaffDoc } from '../_shared/members'
import { couponTillOtp } from '../_shared/member-code-signer'
import { inTransaction } from '../_shared/transaction'

const HOUR_MS = 3_600_000

type SeatMisses = { codeMisses?: { hour: number; count: number } }

/** The 20-digit code of a coupon owned by `cardNo`, for the window of `now`. */
export const issueCouponTillCode = (brandId: string, cardNo: string, couponId: string, now: Date): string => formatTillCode(cardNo, couponTillOtp(brandId, couponId, tillWindow(now)))

const missesThisHour = (seat: SeatMisses, now: Date) => (seat.codeMisses?.hour === Math.floor(now.getTime() / HOUR_MS) ? seat.codeMisses.count : 0)

/** One more wrong code on this seat this hour (a transaction: parallel misses all count). */
async function countMiss(db: Db, staffId: string, now: Date): Promise<void> {
  const hour = Math.floor(now.getTime() / HOUR_MS)
  await inTransaction(db, async (tx) => {
    const seat = await findById<SeatMisses>(tx, 'staff', staffId)
    if (!seat) return
    await tx.collection('staff').doc(staffId).update({ data: { codeMisses: { hour, count: missesThisHour(seat, now) + 1 } } })
  })
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b))

/** The claims of a numeric coupon code, as a QR's would be; null when `raw` is not one. */
export async function checkCouponTillCode(db: Db, raw: string, brandId: string, staff: StaffDoc & SeatMisses, now: Date): Promise<MemberCodeClaims | null> {
  const till = parseCouponTillCode(raw)
  if (!till) return null
  if (missesThisHour(staff, now) >= COUPON_TILL_MISSES_PER_HOUR) throw new ActionError('COUPON.CODE_LOCKED', '券码输错次数过多，请扫二维码核销，或一小时后再试')
  const owner = await memberByCardNo(db, till.cardNo)
  const coupons = owner ? ((await db.collection('coupons').where({ ownerId: owner._id, status: 'available' }).limit(100).get()).data as { _id: string }[]) : []
  const current = tillWindow(now)
  for (const window of [current, current - 1]) {
    const coupon = coupons.find((c) => same(couponTillOtp(brandId, c._id, window), till.otp))
    if (coupon) return { kind: 'C', brandId, subject: coupon._id, issuedAt: window * TILL_WINDOW_MS, nonce: `TC${coupon._id}-${window}` }
  }
  if (coupons.some((c) => [current - 2, current - 3].some((w) => couponTillOtp(brandId, c._id, w) === till.otp))) {
    throw new ActionError('MEMBER.CODE_EXPIRED', '券码已过期，请让顾客刷新后重试')
  }
  await countMiss(db, staff._id, now)
  throw new ActionError('MEMBER.CODE_INVALID', '无效的券码')
}
