import { chooseCoupons, type CheckoutContext, type Coupon } from '@/domain/coupons'
import { at, coupon, LADDER, line, MON_LAST_MS, TUE_FIRST_MS, TUE_NOON } from './fixtures'

const ctx = (over: Partial<CheckoutContext> = {}): CheckoutContext => ({
  lines: [line('latte', 3000, 2), line('cake', 2500, 1, 'bakery')],
  storeId: 's1',
  channel: 'online',
  now: TUE_NOON,
  tier: 'silver',
  tierLadder: LADDER,
  ...over,
})

/** One coupon through the chooser: its discount, or its reason. */
function judge(c: Coupon, over: Partial<CheckoutContext> = {}): number | string {
  const r = chooseCoupons({ ...ctx(over), coupons: [c] })
  return r.usable.length ? r.usable[0].discountFen : r.unusable[0].reason
}

describe('满减 threshold', () => {
  const c = (thresholdFen: number) => coupon({ kind: 'threshold', thresholdFen, amountFen: 1000 } as never)
  test.each([
    ['met exactly counts', 8500, 1000],
    ['1 fen short', 8501, '还差 0.01 元可用'],
    ['12 yuan short', 9700, '还差 12.00 元可用'],
    ['well above', 5000, 1000],
  ])('%s', (_n, threshold, expected) => expect(judge(c(threshold))).toBe(expected))

  test('partly eligible cart: only in-scope lines count toward the threshold', () => {
    const drinks = coupon({ kind: 'threshold', thresholdFen: 6000, amountFen: 1000, scope: { kind: 'categories', categories: ['drink'] } } as never)
    expect(judge(drinks)).toBe(1000)
    expect(judge(drinks, { lines: [line('latte', 3000, 1), line('cake', 9900, 1, 'bakery')] })).toBe('还差 30.00 元可用')
  })

  test('excluded products do not count toward the threshold', () => {
    const noCake = coupon({ kind: 'threshold', thresholdFen: 8500, amountFen: 1000, excludeSkus: ['cake'] } as never)
    expect(judge(noCake)).toBe('还差 25.00 元可用')
  })
})

describe('scope', () => {
  test.each([
    ['skus in cart', { scope: { kind: 'skus', skus: ['cake'] } }, 500],
    ['skus not in cart', { scope: { kind: 'skus', skus: ['tea'] } }, '不适用于所选商品'],
    ['category not in cart', { scope: { kind: 'categories', categories: ['fruit'] } }, '不适用于所选商品'],
    ['everything excluded', { excludeSkus: ['latte', 'cake'] }, '不适用于所选商品'],
    ['cash larger than eligible part is capped to it', { amountFen: 5000, scope: { kind: 'skus', skus: ['cake'] } }, 2500],
  ])('%s', (_n, over, expected) => expect(judge(coupon(over as never))).toBe(expected))

  test('a zero-quantity line is not in the cart', () => {
    expect(judge(coupon({ scope: { kind: 'skus', skus: ['tea'] } } as never), { lines: [line('tea', 1000, 0)] })).toBe('不适用于所选商品')
  })
})

describe('weekday rule in Asia/Shanghai', () => {
  test.each([
    ['Mon 23:59:59.999 Shanghai', MON_LAST_MS, [2], '仅限周二使用'],
    ['Tue 00:00:00.000 Shanghai', TUE_FIRST_MS, [2], 500],
    ['Tue noon', TUE_NOON, [2], 500],
    ['Tue 23:59:59.999 Shanghai', at('2026-11-24T15:59:59.999Z'), [2], 500],
    ['Wed 00:00:00.000 Shanghai', at('2026-11-24T16:00:00.000Z'), [2], '仅限周二使用'],
    ['several days, listed in week order', MON_LAST_MS, [4, 2], '仅限周二、周四使用'],
    ['Sunday', MON_LAST_MS, [7], '仅限周日使用'],
    ['weekends on a Sunday', at('2026-11-29T04:00:00.000Z'), [6, 7], 500],
  ])('%s, days %j', (_n, now, weekdays, expected) => expect(judge(coupon({ weekdays } as never), { now })).toBe(expected))
})

describe('channel, store, tier', () => {
  test.each([
    ['store-only coupon online', { channel: 'store' }, {}, '仅限门店使用'],
    ['online-only coupon in store', { channel: 'online' }, { channel: 'store' }, '仅限线上使用'],
    ['store-only coupon in store', { channel: 'store' }, { channel: 'store' }, 500],
    ['both channels', { channel: 'both' }, { channel: 'store' }, 500],
    ['store not listed', { storeIds: ['s2'] }, {}, '不适用于当前门店'],
    ['store listed', { storeIds: ['s1', 's2'] }, {}, 500],
    ['store list but no store on the order', { storeIds: ['s1'] }, { storeId: undefined }, '不适用于当前门店'],
    ['silver and above, silver member', { tiers: ['silver', 'gold', 'diamond'] }, {}, 500],
    ['gold and above, silver member', { tiers: ['gold', 'diamond'] }, {}, '仅限金卡及以上会员'],
    ['top tier only', { tiers: ['diamond'] }, {}, '仅限钻石会员'],
    ['non-contiguous tiers', { tiers: ['normal', 'gold'] }, {}, '仅限普通会员、金卡会员'],
    ['no ladder to name tiers', { tiers: ['gold'] }, { tierLadder: undefined }, '当前会员等级不可用'],
  ])('%s', (_n, over, ctxOver, expected) => expect(judge(coupon(over as never), ctxOver as Partial<CheckoutContext>)).toBe(expected))
})

describe('coupon state', () => {
  const lock = (orderId: string, until: string) => ({ status: 'locked', lockedBy: { orderId, until: at(until) } })
  test.each([
    ['used', { status: 'used' }, {}, '优惠券已使用'],
    ['expired status', { status: 'expired' }, {}, '优惠券已过期'],
    ['validTo passed, timer not run yet', { validTo: at('2026-11-24T03:59:59.999Z') }, {}, '优惠券已过期'],
    ['last valid ms', { validTo: TUE_NOON }, {}, 500],
    ['not yet valid (midnight start)', { validFrom: at('2026-11-24T16:00:00.000Z') }, {}, '11月25日起可用'],
    ['not yet valid (10:00 start)', { validFrom: at('2026-11-25T02:00:00.000Z') }, {}, '11月25日 10:00起可用'],
    ['locked by another unpaid order', lock('o1', '2026-11-24T04:15:00.000Z'), {}, '优惠券已被其他订单占用'],
    ['locked by this order (re-pricing)', lock('o1', '2026-11-24T04:15:00.000Z'), { orderId: 'o1' }, 500],
    ['lapsed lock no longer holds', lock('o1', '2026-11-24T03:59:59.999Z'), {}, 500],
  ])('%s', (_n, over, ctxOver, expected) => expect(judge(coupon(over as never), ctxOver as Partial<CheckoutContext>)).toBe(expected))

  test('an invalid cart makes every coupon unusable', () => {
    expect(judge(coupon(), { lines: [line('latte', -1, 1)] })).toBe('购物车数据有误')
    expect(judge(coupon(), { lines: [line('latte', 100, 1.5)] })).toBe('购物车数据有误')
  })
})

describe('折扣 discount: rounded down to the fen, then capped, never above the eligible subtotal', () => {
  test.each([
    ['8.5折 of 85.00', 85, undefined, [line('x', 8500)], 1275],
    ['8.5折 of 0.99 rounds down', 85, undefined, [line('x', 99)], 14], // 14.85 → 14
    ['8.8折 of 12.34', 88, undefined, [line('x', 1234)], 148], // 148.08 → 148
    ['cap binds', 50, 2000, [line('x', 10000)], 2000],
    ['cap does not bind', 50, 2000, [line('x', 3000)], 1500],
    ['cap exactly equal', 50, 2000, [line('x', 4000)], 2000],
    ['1折 of 1 fen takes nothing: unusable', 10, undefined, [line('x', 1)], '订单金额过低，暂不可用'],
    ['1折 of 2 fen', 10, undefined, [line('x', 2)], 1],
    ['huge cart', 99, undefined, [line('x', 1_000_000_00, 1000)], 1_000_000_00 * 10],
  ])('%s', (_n, rate, capFen, lines, expected) => {
    expect(judge(coupon({ kind: 'discount', rate, capFen } as never), { lines })).toBe(expected)
  })
})

describe('兑换券 exchange', () => {
  const ex = coupon({ kind: 'exchange', sku: 'latte', name: '拿铁' } as never)
  test.each([
    ['one unit free among several', [line('latte', 3000, 2)], 3000],
    ['single unit', [line('latte', 3000, 1), line('cake', 2500, 1, 'bakery')], 3000],
    ['not in cart', [line('cake', 2500, 1, 'bakery')], '购物车中没有兑换商品'],
    ['in cart with zero quantity', [line('latte', 3000, 0)], '购物车中没有兑换商品'],
  ])('%s', (_n, lines, expected) => expect(judge(ex, { lines })).toBe(expected))
})

describe('a discount never exceeds the eligible subtotal', () => {
  test.each([
    ['cash 50.00 on a 30.00 cart', { amountFen: 5000 }, [line('x', 3000)], 3000],
    ['满10减10 on exactly 10.00', { kind: 'threshold', thresholdFen: 1000, amountFen: 1000 }, [line('x', 1000)], 1000],
    ['cash on a 1 fen cart', { amountFen: 500 }, [line('x', 1)], 1],
    ['cash on a free cart', { amountFen: 500 }, [line('x', 0)], '不适用于所选商品'],
  ])('%s', (_n, over, lines, expected) => expect(judge(coupon(over as never), { lines })).toBe(expected))
})

describe('best pick', () => {
  const c = (id: string, amountFen: number, validTo: string) => coupon({ id, amountFen, validTo: at(validTo) } as never)
  test.each([
    ['largest discount wins', [c('a', 500, '2026-11-30T00:00:00Z'), c('b', 800, '2026-12-30T00:00:00Z')], ['b', 'a']],
    ['tie broken by earliest expiry', [c('a', 500, '2026-12-30T00:00:00Z'), c('b', 500, '2026-11-30T00:00:00Z')], ['b', 'a']],
    ['full tie broken by id', [c('b', 500, '2026-11-30T00:00:00Z'), c('a', 500, '2026-11-30T00:00:00Z')], ['a', 'b']],
    ['capped cash ties with a smaller one', [c('big', 99999, '2026-12-30T00:00:00Z'), c('fit', 8500, '2026-11-30T00:00:00Z')], ['fit', 'big']],
  ])('%s', (_n, coupons, order) => {
    const r = chooseCoupons({ ...ctx(), coupons })
    expect(r.usable.map((u) => u.coupon.id)).toEqual(order)
    expect(r.best?.coupon.id).toBe(order[0])
  })

  test('no usable coupon: best is null and unusable keep their input order', () => {
    const r = chooseCoupons({ ...ctx(), coupons: [coupon({ id: 'x', status: 'used' }), coupon({ id: 'y', channel: 'store' })] })
    expect(r.best).toBeNull()
    expect(r.unusable.map((u) => [u.coupon.id, u.reason])).toEqual([['x', '优惠券已使用'], ['y', '仅限门店使用']])
  })

  test('an empty wallet', () => expect(chooseCoupons({ ...ctx(), coupons: [] })).toEqual({ usable: [], unusable: [], best: null }))
})
