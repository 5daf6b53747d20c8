/**
 * The numeric code under an in-store coupon's QR (cloudfunctions/coupon/till-code.ts):
 * redeemed like the QR, refused when wrong, expired, someone else's, or after too many
 * wrong codes from one staff seat in an hour.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { STAFF_A, STAFF_B, act, join, rid, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.db.collection('coupon_templates').doc('till-cash').set({
    data: { title: '到店 10 元券', kind: 'cash', amountFen: 1000, channel: 'store', scope: { kind: 'all' }, validity: { kind: 'days', days: 7 }, stock: 1000, left: 1000, perMemberLimit: 100, issuedBy: 'center', refundable: true, enabled: true },
  })
})
afterAll(() => t.close())
afterEach(() => t.dev('DELETE', 'clock'))

const T0 = Date.parse('2026-12-10T04:00:00.000Z') // a window boundary (30 s) and an hour
const at = (ms: number) => t.dev('POST', 'clock', { now: new Date(T0 + ms).toISOString() })

async function memberWithCoupon(openid: string) {
  const joined = await join(t, openid)
  const claimed = await act(t, 'coupon', openid, 'claim', { requestId: rid('claim'), templateId: 'till-cash' })
  return { cardNo: joined.data.cardNo as string, couponId: claimed.data.coupon.id as string }
}
const tillCodeOf = async (openid: string, couponId: string) => (await act(t, 'coupon', openid, 'code', { couponId })).data.tillCode as string
const redeem = (staff: string, code: string) => act(t, 'coupon', staff, 'redeem', { requestId: rid('redeem'), code })
const status = async (couponId: string) => (await t.db.collection('coupons').doc(couponId).get()).data.status

test('the 20 digits under the QR redeem the coupon once, like the QR', async () => {
  await at(0)
  const { cardNo, couponId } = await memberWithCoupon('till-digits')
  const digits = await tillCodeOf('till-digits', couponId)
  expect(digits).toMatch(/^\d{20}$/)
  expect(digits.slice(0, 12)).toBe(cardNo)
  await at(40_000) // the next window: still valid
  expect(await redeem(STAFF_A, digits)).toMatchObject({ ok: true, data: { couponId, cardNo } })
  expect(await status(couponId)).toBe('used')
  const again = await redeem(STAFF_B, digits)
  expect(again.ok).toBe(false)
})

test('a wrong code and an expired code are refused and use nothing', async () => {
  await at(3_600_000)
  const { couponId } = await memberWithCoupon('till-wrong')
  const digits = await tillCodeOf('till-wrong', couponId)
  const wrong = digits.slice(0, 12) + String((Number(digits.slice(12)) + 1) % 100_000_000).padStart(8, '0')
  expect(await redeem(STAFF_A, wrong)).toEqual({ ok: false, code: 'MEMBER.CODE_INVALID', message: '无效的券码' })
  await at(3_600_000 + 65_000) // two windows on: the code has lapsed
  expect(await redeem(STAFF_A, digits)).toMatchObject({ ok: false, code: 'MEMBER.CODE_EXPIRED' })
  expect(await status(couponId)).toBe('available')
  expect(await redeem(STAFF_A, await tillCodeOf('till-wrong', couponId))).toMatchObject({ ok: true })
})

test('someone else’s code: another card number with these digits, or a member’s till code, matches nothing', async () => {
  await at(2 * 3_600_000)
  const owner = await memberWithCoupon('till-owner')
  const other = await memberWithCoupon('till-other')
  const digits = await tillCodeOf('till-owner', owner.couponId)
  expect(await redeem(STAFF_A, other.cardNo + digits.slice(12))).toMatchObject({ ok: false, code: 'MEMBER.CODE_INVALID' })
  const memberCode = await act(t, 'member', 'till-owner', 'code')
  expect(await redeem(STAFF_A, memberCode.data.tillCode)).toMatchObject({ ok: false, code: 'MEMBER.CODE_INVALID' })
  expect(await act(t, 'points', STAFF_A, 'till.earn', { requestId: rid(), code: digits, paidFen: 1000, receiptNo: 'R-digits' })).toMatchObject({ ok: false, code: 'MEMBER.CODE_INVALID' })
  expect([await status(owner.couponId), await status(other.couponId)]).toEqual(['available', 'available'])
})

test('ten wrong codes in an hour lock the seat’s numeric codes until the next hour; the QR still works', async () => {
  await at(3 * 3_600_000)
  const { cardNo, couponId } = await memberWithCoupon('till-guess')
  const guesses = Array.from({ length: 10 }, (_, i) => `${cardNo}${String(i * 7_654_321).padStart(8, '0')}`)
  const replies = await Promise.all(guesses.map((g) => redeem(STAFF_B, g)))
  expect(replies.every((r) => !r.ok)).toBe(true)
  const right = await tillCodeOf('till-guess', couponId)
  expect(await redeem(STAFF_B, right)).toMatchObject({ ok: false, code: 'COUPON.CODE_LOCKED' })
  expect(await status(couponId)).toBe('available')
  expect(await redeem(STAFF_A, right)).toMatchObject({ ok: true }) // another seat is not locked
})

test('the lock ends with the hour', async () => {
  await at(5 * 3_600_000)
  const { cardNo, couponId } = await memberWithCoupon('till-hour')
  for (let i = 0; i < 10; i++) await redeem(STAFF_B, `${cardNo}${String(i).padStart(8, '0')}`)
  expect(await redeem(STAFF_B, await tillCodeOf('till-hour', couponId))).toMatchObject({ ok: false, code: 'COUPON.CODE_LOCKED' })
  await at(6 * 3_600_000)
  expect(await redeem(STAFF_B, await tillCodeOf('till-hour', couponId))).toMatchObject({ ok: true })
})
