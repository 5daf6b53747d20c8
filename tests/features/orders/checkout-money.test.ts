import type { Coupon, TierLadder } from '@/domain/coupons'
import { priceOrder } from '@/domain/orders'
import { checkoutMoney } from '@/features/orders/model/checkout-money'

const LADDER: TierLadder = [
  { code: 'normal', name: '普卡' },
  { code: 'silver', name: '银卡' },
]
const NOW = new Date('2026-11-24T04:00:00.000Z')
const coupon = (amountFen: number): Coupon =>
  ({ id: 'c', templateId: 'c', ownerId: 'm', status: 'available', title: 'c', channel: 'both', scope: { kind: 'all' }, validFrom: new Date('2026-11-01T00:00:00Z'), validTo: new Date('2026-12-31T00:00:00Z'), kind: 'cash', amountFen }) as Coupon

/** A small deterministic generator: the same cases on every run. */
function* cases() {
  let seed = 7
  const next = (n: number) => (seed = (seed * 48271) % 2147483647) % n
  for (let i = 0; i < 300; i++) yield { priceFen: 1 + next(20000), quantity: 1 + next(5), balance: next(30000), couponFen: next(3) === 0 ? 0 : 100 + next(2000) }
}

describe('checkout money on the client', () => {
  test('the points switch gives the numbers the server rule gives, with or without a coupon', () => {
    for (const c of cases()) {
      const input = {
        lines: [{ sku: { skuId: 's', productId: 'p', category: 'fruit', priceFen: c.priceFen }, quantity: c.quantity }],
        tier: 'normal',
        tierLadder: LADDER,
        coupons: c.couponFen ? [coupon(c.couponFen)] : [],
        pointsBalance: c.balance,
        now: NOW,
      }
      const off = priceOrder({ ...input, usePoints: false })
      const on = priceOrder({ ...input, usePoints: true })
      if (!off.ok || !on.ok) throw new Error('priced')
      const preview = { money: off.value.money, points: { balance: c.balance } }
      expect(checkoutMoney(preview, true)).toEqual(on.value.money)
      expect(checkoutMoney({ money: on.value.money, points: { balance: c.balance } }, false)).toEqual(off.value.money)
    }
  })
})

describe('pickup stores of a checkout', () => {
  const { commonStores } = jest.requireActual('@/features/orders/model/common-stores') as typeof import('@/features/orders/model/common-stores')
  const s = (storeId: string) => ({ storeId })
  test.each([
    [[], []],
    [[[s('a'), s('b')]], ['a', 'b']],
    [[[s('a'), s('b'), s('c')], [s('c'), s('a')]], ['a', 'c']],
    [[[s('a')], [s('b')]], []],
  ])('%j → %j', (lists, ids) => {
    expect(commonStores(lists as { storeId: string }[][]).map((x) => x.storeId)).toEqual(ids)
  })
})
