import { sortWallet, walletBadge, walletTab, type Coupon } from '@/domain/coupons'
import { at, coupon } from './fixtures'

/** validTo = end of Wed 2026-11-25 Shanghai. */
const validTo = at('2026-11-25T15:59:59.999Z')

describe('walletBadge counts Shanghai business days to validTo', () => {
  test.each([
    ['Wed 23:59:59.999 (last ms)', '2026-11-25T15:59:59.999Z', '今天过期'],
    ['Wed 00:00:00.000', '2026-11-24T16:00:00.000Z', '今天过期'],
    ['Tue 23:59:59.999', '2026-11-24T15:59:59.999Z', '明天过期'],
    ['Tue 00:00:00.000', '2026-11-23T16:00:00.000Z', '明天过期'],
    ['Mon 23:59:59.999', '2026-11-23T15:59:59.999Z', '2天后过期'],
    ['Sun noon', '2026-11-22T04:00:00.000Z', '3天后过期'],
    ['Sat 23:59:59.999', '2026-11-21T15:59:59.999Z', null],
    ['expired a ms ago', '2026-11-25T16:00:00.000Z', null],
  ])('%s → %s', (_n, now, badge) => expect(walletBadge(coupon({ validTo }), at(now))).toBe(badge))

  test.each([
    ['used', coupon({ validTo, status: 'used' })],
    ['expired', coupon({ validTo, status: 'expired' })],
  ])('no badge on a %s coupon', (_n, c) => expect(walletBadge(c, at('2026-11-25T04:00:00Z'))).toBeNull())

  test('a mid-day validTo still counts by day', () => {
    expect(walletBadge(coupon({ validTo: at('2026-11-25T02:00:00Z') }), at('2026-11-24T15:00:00Z'))).toBe('明天过期')
  })
})

describe('walletTab', () => {
  const now = at('2026-11-25T04:00:00Z')
  const after = at('2026-11-25T16:00:00.000Z')
  test.each<[string, Coupon, Date, string]>([
    ['available', coupon({ validTo }), now, '可使用'],
    ['locked by an unpaid order', coupon({ validTo, status: 'locked', lockedBy: { orderId: 'o1', until: at('2026-11-25T04:15:00Z') } }), now, '可使用'],
    ['used', coupon({ validTo, status: 'used', usedAt: now }), now, '已使用'],
    ['used, period over', coupon({ validTo, status: 'used', usedAt: now }), after, '已使用'],
    ['expired status', coupon({ validTo, status: 'expired' }), now, '已过期'],
    ['past validTo before the timer runs', coupon({ validTo }), after, '已过期'],
    ['still held past validTo', coupon({ validTo, status: 'locked', lockedBy: { orderId: 'o1', until: at('2026-11-25T16:10:00Z') } }), after, '可使用'],
  ])('%s', (_n, c, at_, tab) => expect(walletTab(c, at_)).toBe(tab))
})

test('sortWallet: usable soonest-expiry first, then used and expired most recent first, ties by id', () => {
  const now = at('2026-11-24T04:00:00Z')
  const list = [
    coupon({ id: 'late', validTo: at('2026-12-31T15:59:59.999Z') }),
    coupon({ id: 'exp-old', validTo: at('2026-10-01T15:59:59.999Z'), status: 'expired' }),
    coupon({ id: 'soon-b', validTo }),
    coupon({ id: 'used-old', status: 'used', usedAt: at('2026-11-01T00:00:00Z') }),
    coupon({ id: 'soon-a', validTo }),
    coupon({ id: 'used-new', status: 'used', usedAt: at('2026-11-20T00:00:00Z') }),
    coupon({ id: 'exp-new', validTo: at('2026-11-20T15:59:59.999Z') }),
  ]
  expect(sortWallet(list, now).map((c) => c.id)).toEqual(['soon-a', 'soon-b', 'late', 'used-new', 'used-old', 'exp-new', 'exp-old'])
  expect(list[0].id).toBe('late') // the input is left alone
  expect(sortWallet([], now)).toEqual([])
})
