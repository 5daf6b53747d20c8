import { planRefund } from '@/domain/orders'

describe('refund plan', () => {
  const order = { paidFen: 10000, refundedFen: 0, pointsUsed: 2000, pointsEarned: 100 }
  test('full refund: points used back, all earned points reversed, coupon may come back', () => {
    expect(planRefund({ ...order, refundFen: 10000 })).toEqual({ ok: true, value: { refundFen: 10000, full: true, pointsBack: 2000, pointsToReverse: 100, couponBack: true } })
  })
  test('partial refund: money only, earned points reversed in proportion, floored', () => {
    expect(planRefund({ ...order, refundFen: 3333 })).toEqual({ ok: true, value: { refundFen: 3333, full: false, pointsBack: 0, pointsToReverse: 33, couponBack: false } })
  })
  test('the rest after a partial refund is a full refund that reverses what is left', () => {
    expect(planRefund({ ...order, refundedFen: 3333, pointsReversed: 33, refundFen: 6667 })).toMatchObject({ ok: true, value: { full: true, pointsToReverse: 67, pointsBack: 2000 } })
  })
  test.each([0, -1, 10001, 1.5])('refund of %p is refused', (refundFen) => {
    expect(planRefund({ ...order, refundFen })).toMatchObject({ ok: false, code: 'ORDER.REFUND_AMOUNT' })
  })
})
