import { expireCoupon, lockCoupon, refundCoupon, releaseCoupon, useCoupon, type Coupon } from '@/domain/coupons'
import { at, coupon } from './fixtures'

const now = at('2026-11-24T04:00:00.000Z')
const until = at('2026-11-24T04:15:00.000Z')
const validTo = at('2026-11-30T15:59:59.999Z')
const afterValidTo = at('2026-11-30T16:00:00.000Z')
const available = coupon({ validTo })
const lockedBy = (orderId: string, u = until): Coupon => coupon({ validTo, status: 'locked', lockedBy: { orderId, until: u } })
const used = (orderId?: string): Coupon => coupon({ validTo, status: 'used', usedAt: now, ...(orderId ? { usedByOrderId: orderId } : {}) })
const expired = coupon({ validTo, status: 'expired' })
type Outcome = Partial<Coupon> | [string, string]

/** ok → the fields the next state must have (and `lockedBy`/`usedAt` absent unless listed); err → [code, message]. */
function expectOutcome(r: ReturnType<typeof lockCoupon>, expected: Outcome) {
  if (Array.isArray(expected)) return expect(r).toEqual({ ok: false, code: expected[0], message: expected[1] })
  if (!r.ok) throw new Error(`expected ok, got ${r.code} ${r.message}`)
  expect(r.value).toMatchObject(expected)
  for (const k of ['lockedBy', 'usedAt', 'usedByOrderId'] as const) if (!(k in expected)) expect(r.value).not.toHaveProperty(k)
}

describe('lockCoupon', () => {
  test.each<[string, Coupon, { orderId: string; until: Date; now: Date }, Outcome]>([
    ['available → locked', available, { orderId: 'o1', until, now }, { status: 'locked', lockedBy: { orderId: 'o1', until } }],
    ['same order again is a no-op', lockedBy('o1'), { orderId: 'o1', until: at('2026-11-24T04:30:00Z'), now }, { status: 'locked', lockedBy: { orderId: 'o1', until } }],
    ['held by another order', lockedBy('o1'), { orderId: 'o2', until, now }, ['COUPON.NOT_USABLE', '优惠券已被其他订单占用']],
    ['another order’s lapsed lock', lockedBy('o1', at('2026-11-24T03:59:59.999Z')), { orderId: 'o2', until, now }, { status: 'locked', lockedBy: { orderId: 'o2', until } }],
    ['used', used('o0'), { orderId: 'o1', until, now }, ['COUPON.NOT_USABLE', '优惠券已使用']],
    ['expired status', expired, { orderId: 'o1', until, now }, ['COUPON.NOT_USABLE', '优惠券已过期']],
    ['past validTo', available, { orderId: 'o1', until: at('2026-12-01T00:00:00Z'), now: afterValidTo }, ['COUPON.NOT_USABLE', '优惠券已过期']],
    ['last valid ms', available, { orderId: 'o1', until: afterValidTo, now: validTo }, { status: 'locked', lockedBy: { orderId: 'o1', until: afterValidTo } }],
    ['not yet valid', coupon({ validFrom: at('2026-11-25T16:00:00Z') }), { orderId: 'o1', until, now }, ['COUPON.NOT_USABLE', '11月26日起可用']],
    ['deadline not after now', available, { orderId: 'o1', until: now, now }, ['COUPON.INVALID_LOCK', '锁定截止时间有误']],
  ])('%s', (_n, c, args, expected) => expectOutcome(lockCoupon(c, args), expected))
})

describe('releaseCoupon', () => {
  test.each<[string, Coupon, { orderId: string; now: Date }, Outcome]>([
    ['cancel → available', lockedBy('o1'), { orderId: 'o1', now }, { status: 'available' }],
    ['timeout after the deadline → available', lockedBy('o1'), { orderId: 'o1', now: at('2026-11-24T05:00:00Z') }, { status: 'available' }],
    ['released after validTo → expired', lockedBy('o1'), { orderId: 'o1', now: afterValidTo }, { status: 'expired' }],
    ['already available: idempotent', available, { orderId: 'o1', now }, { status: 'available' }],
    ['already expired: idempotent', expired, { orderId: 'o1', now }, { status: 'expired' }],
    ['wrong order', lockedBy('o2'), { orderId: 'o1', now }, ['COUPON.WRONG_ORDER', '优惠券已被其他订单占用']],
    ['used: only a refund returns it', used('o1'), { orderId: 'o1', now }, ['COUPON.ALREADY_USED', '优惠券已使用']],
  ])('%s', (_n, c, args, expected) => expectOutcome(releaseCoupon(c, args), expected))
})

describe('useCoupon', () => {
  test.each<[string, Coupon, { orderId?: string; now: Date }, Outcome]>([
    ['paid order → used', lockedBy('o1'), { orderId: 'o1', now }, { status: 'used', usedAt: now, usedByOrderId: 'o1' }],
    ['paid after the lock deadline, not re-locked', lockedBy('o1'), { orderId: 'o1', now: at('2026-11-24T05:00:00Z') }, { status: 'used', usedAt: at('2026-11-24T05:00:00Z'), usedByOrderId: 'o1' }],
    ['paid after validTo while locked', lockedBy('o1', at('2026-12-01T00:00:00Z')), { orderId: 'o1', now: afterValidTo }, { status: 'used', usedAt: afterValidTo, usedByOrderId: 'o1' }],
    ['staff redeem in store', available, { now }, { status: 'used', usedAt: now }],
    ['zero-payable order uses directly', available, { orderId: 'o1', now }, { status: 'used', usedAt: now, usedByOrderId: 'o1' }],
    ['same order again is a no-op', used('o1'), { orderId: 'o1', now }, { status: 'used', usedAt: now, usedByOrderId: 'o1' }],
    ['used by another order', used('o1'), { orderId: 'o2', now }, ['COUPON.ALREADY_USED', '优惠券已使用']],
    ['staff redeem a used one', used(), { now }, ['COUPON.ALREADY_USED', '优惠券已使用']],
    ['held by another order', lockedBy('o1'), { orderId: 'o2', now }, ['COUPON.NOT_USABLE', '优惠券已被其他订单占用']],
    ['staff redeem one held by an unpaid order', lockedBy('o1'), { now }, ['COUPON.NOT_USABLE', '优惠券已被其他订单占用']],
    ['staff redeem after another lock lapsed', lockedBy('o1', at('2026-11-24T03:00:00Z')), { now }, { status: 'used', usedAt: now }],
    ['expired', expired, { now }, ['COUPON.NOT_USABLE', '优惠券已过期']],
    ['staff redeem past validTo', available, { now: afterValidTo }, ['COUPON.NOT_USABLE', '优惠券已过期']],
    ['staff redeem before validFrom', coupon({ validFrom: at('2026-11-25T02:00:00Z') }), { now }, ['COUPON.NOT_USABLE', '11月25日 10:00起可用']],
  ])('%s', (_n, c, args, expected) => expectOutcome(useCoupon(c, args), expected))
})

describe('refundCoupon (full refund)', () => {
  test.each<[string, Coupon, boolean, Date, string | undefined, Outcome]>([
    ['refundable, in period → available', used('o1'), true, now, 'o1', { status: 'available' }],
    ['refundable, last valid ms → available', used('o1'), true, validTo, undefined, { status: 'available' }],
    ['refundable, period over → expired', used('o1'), true, afterValidTo, 'o1', { status: 'expired' }],
    ['not refundable → stays used', used('o1'), false, now, 'o1', { status: 'used', usedAt: now, usedByOrderId: 'o1' }],
    ['refund of another order', used('o2'), true, now, 'o1', ['COUPON.WRONG_ORDER', '优惠券不属于该订单']],
    ['not used', available, true, now, 'o1', ['COUPON.NOT_USED', '优惠券未使用，无需退回']],
    ['locked', lockedBy('o1'), true, now, 'o1', ['COUPON.NOT_USED', '优惠券未使用，无需退回']],
    ['expired', expired, true, now, undefined, ['COUPON.NOT_USED', '优惠券未使用，无需退回']],
  ])('%s', (_n, c, refundable, at_, orderId, expected) => expectOutcome(refundCoupon(c, refundable, at_, orderId), expected))
})

describe('expireCoupon', () => {
  test.each<[string, Coupon, Date, Outcome]>([
    ['available past validTo → expired', available, afterValidTo, { status: 'expired' }],
    ['at the last valid ms: not yet', available, validTo, ['COUPON.NOT_EXPIRED', '优惠券尚未过期']],
    ['already expired: idempotent', expired, afterValidTo, { status: 'expired' }],
    ['used', used('o1'), afterValidTo, ['COUPON.ALREADY_USED', '优惠券已使用']],
    ['held by an unpaid order: waits', lockedBy('o1', at('2026-12-01T00:00:00Z')), afterValidTo, ['COUPON.LOCKED', '优惠券正被订单占用']],
    ['lapsed lock past validTo → expired', lockedBy('o1'), afterValidTo, { status: 'expired' }],
  ])('%s', (_n, c, at_, expected) => expectOutcome(expireCoupon(c, at_), expected))
})

test('transitions never mutate their input', () => {
  const c = lockedBy('o1')
  const before = structuredClone(c)
  useCoupon(c, { orderId: 'o1', now })
  releaseCoupon(c, { orderId: 'o1', now })
  expireCoupon(c, afterValidTo)
  expect(c).toEqual(before)
})

test('a full round trip: lock → release → lock → use → refund → use again', () => {
  const step = <T>(r: { ok: true; value: T } | { ok: false; code: string }) => {
    if (!r.ok) throw new Error(r.code)
    return r.value
  }
  let c = step(lockCoupon(available, { orderId: 'o1', until, now }))
  c = step(releaseCoupon(c, { orderId: 'o1', now }))
  c = step(lockCoupon(c, { orderId: 'o2', until, now }))
  c = step(useCoupon(c, { orderId: 'o2', now }))
  c = step(refundCoupon(c, true, now, 'o2'))
  expect(refundCoupon(c, true, now, 'o2')).toMatchObject({ ok: false, code: 'COUPON.NOT_USED' })
  expect(step(useCoupon(c, { now })).status).toBe('used')
})
