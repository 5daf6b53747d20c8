import { applyCoupon, type CheckoutContext } from '@/domain/coupons'
import { coupon, line, TUE_NOON } from './fixtures'

const ctx: Omit<CheckoutContext, 'lines'> = { storeId: 's1', channel: 'store', now: TUE_NOON, tier: 'silver' }
const cart = [line('latte', 3000, 2), line('cake', 2500, 1, 'bakery')] // 85.00

describe('applyCoupon: payable total with at most one coupon', () => {
  test.each([
    ['no coupon', null, { subtotalFen: 8500, discountFen: 0, payableFen: 8500 }],
    ['cash 5.00', coupon(), { subtotalFen: 8500, discountFen: 500, payableFen: 8000 }],
    ['满85减15 met exactly', coupon({ kind: 'threshold', thresholdFen: 8500, amountFen: 1500 } as never), { subtotalFen: 8500, discountFen: 1500, payableFen: 7000 }],
    ['8.5折 on cakes only', coupon({ kind: 'discount', rate: 85, scope: { kind: 'categories', categories: ['bakery'] } } as never), { subtotalFen: 8500, discountFen: 375, payableFen: 8125 }],
    ['exchange a latte', coupon({ kind: 'exchange', sku: 'latte', name: '拿铁' } as never), { subtotalFen: 8500, discountFen: 3000, payableFen: 5500 }],
    ['cash above the cart pays zero, never negative', coupon({ amountFen: 100000 }), { subtotalFen: 8500, discountFen: 8500, payableFen: 0 }],
  ])('%s', (_n, c, priced) => expect(applyCoupon(cart, c, ctx)).toEqual({ ok: true, value: priced }))

  test.each([
    ['threshold 1 fen short', coupon({ kind: 'threshold', thresholdFen: 8501, amountFen: 1500 } as never), cart, 'COUPON.NOT_USABLE', '还差 0.01 元可用'],
    ['online-only in store', coupon({ channel: 'online' }), cart, 'COUPON.NOT_USABLE', '仅限线上使用'],
    ['negative quantity', coupon(), [line('latte', 3000, -1)], 'COUPON.INVALID_CART', '购物车数据有误'],
    ['fractional fen', null, [line('latte', 29.9, 1)], 'COUPON.INVALID_CART', '购物车数据有误'],
  ])('refuses: %s', (_n, c, lines, code, message) => expect(applyCoupon(lines, c, ctx)).toEqual({ ok: false, code, message }))
})
