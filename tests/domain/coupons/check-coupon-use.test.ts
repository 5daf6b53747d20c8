import { checkCouponUse, evaluateCoupon, type CouponUse } from '@/domain/coupons'
import { LADDER, MON_LAST_MS, TUE_FIRST_MS, TUE_NOON, at, coupon, line } from './fixtures'

const use: CouponUse = { storeId: 's1', channel: 'store', now: TUE_NOON, tier: 'silver', tierLadder: LADDER }

describe('checkCouponUse: the cart-free part of the coupon rule (till redemption and checkout)', () => {
  test.each([
    ['a plain coupon', coupon(), use],
    ['in its store', coupon({ storeIds: ['s1', 's2'] }), use],
    ['for its tier', coupon({ tiers: ['silver', 'gold'] }), use],
    ['on its weekday, first millisecond in Shanghai', coupon({ weekdays: [2] }), { ...use, now: TUE_FIRST_MS }],
    ['at the last millisecond of validity', coupon({ validTo: TUE_NOON }), use],
  ])('allows %s', (_n, c, u) => expect(checkCouponUse(c, u)).toEqual({ ok: true, value: true }))

  test.each([
    ['online-only at the till', coupon({ channel: 'online' }), use, '仅限线上使用'],
    ['store-only online', coupon({ channel: 'store' }), { ...use, channel: 'online' as const }, '仅限门店使用'],
    ['another store', coupon({ storeIds: ['s2'] }), use, '不适用于当前门店'],
    ['no store given for a store-bound coupon', coupon({ storeIds: ['s1'] }), { ...use, storeId: undefined }, '不适用于当前门店'],
    ['a tier below', coupon({ tiers: ['gold', 'diamond'] }), use, '仅限金卡及以上会员'],
    ['the wrong weekday, last millisecond of Monday in Shanghai', coupon({ weekdays: [2] }), { ...use, now: MON_LAST_MS }, '仅限周二使用'],
    ['used', coupon({ status: 'used' }), use, '优惠券已使用'],
    ['one millisecond past validity', coupon({ validTo: at('2026-11-24T03:59:59.999Z') }), use, '优惠券已过期'],
  ])('refuses %s with the checkout’s reason', (_n, c, u, reason) => {
    expect(checkCouponUse(c, u)).toEqual({ ok: false, code: 'COUPON.NOT_USABLE', message: reason })
    // The checkout preview says the same for any cart.
    expect(evaluateCoupon(c, { ...u, lines: [line('latte', 3000, 1)] })).toEqual({ ok: false, code: 'COUPON.NOT_USABLE', message: reason })
  })
})
