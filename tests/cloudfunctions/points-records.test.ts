import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, STAFF_A, act, join, rid, seedStores } from '../support/fixtures'

/** Issue 16 item 4, nothing hidden: history entries say what they were; 兑换记录 says state, where and until when. */
let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.dev('POST', 'clock', { now: '2026-11-24T04:00:00.000Z', ticking: true })
  await t.db.collection('coupon_templates').doc('mall-5').set({
    data: { title: '5 元无门槛券', kind: 'cash', amountFen: 500, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 30 }, stock: 100, left: 100, perMemberLimit: 5, issuedBy: 'points-mall', refundable: true, enabled: true },
  })
  await t.db.collection('mall_items').doc('coupon-5').set({ data: { kind: 'coupon', couponTemplateId: 'mall-5', title: '5 元无门槛券', description: '', image: '', costPoints: 100, stock: 10, left: 10, perMemberLimit: 5, enabled: true, sort: 1 } })
  await t.db.collection('mall_items').doc('bag').set({ data: { kind: 'gift', title: '环保袋', description: '', image: '', costPoints: 50, stock: 10, left: 10, perMemberLimit: 1, enabled: true, sort: 2 } })
})
afterAll(() => t.close())

test('each history entry says what it was: the admin reason, the till receipt, the mall item', async () => {
  const { cardNo } = (await join(t, 'reader')).data
  expect((await act(t, 'points', ADMIN, 'adjust', { requestId: rid(), cardNo, amount: 500, reason: '门店活动补发' })).ok).toBe(true)
  const { data: code } = await act(t, 'member', 'reader', 'code')
  expect((await act(t, 'points', STAFF_A, 'till.earn', { requestId: rid(), code: code.code, paidFen: 3000, receiptNo: 'R1001' })).ok).toBe(true)
  expect((await act(t, 'points', 'reader', 'mall.redeem', { requestId: rid(), itemId: 'bag' })).ok).toBe(true)
  const { data } = await act(t, 'points', 'reader', 'history', {})
  expect(data.items.map((i: { code: string; detail?: string }) => [i.code, i.detail])).toEqual([
    ['spend.mall', '环保袋'],
    ['earn.till', '徐汇店 · 小票 R1001'],
    ['adjust.admin', '原因：门店活动补发'],
  ])
})

test('兑换记录: a coupon shows its wallet state, where it works and until when; a gift how to collect it', async () => {
  const { cardNo } = (await join(t, 'collector')).data
  await act(t, 'points', ADMIN, 'adjust', { requestId: rid(), cardNo, amount: 500, reason: '测试' })
  const coupon = await act(t, 'points', 'collector', 'mall.redeem', { requestId: rid(), itemId: 'coupon-5' })
  await act(t, 'points', 'collector', 'mall.redeem', { requestId: rid(), itemId: 'bag' })
  const { data } = await act(t, 'points', 'collector', 'mall.records', {})
  expect(data.items).toEqual([
    expect.objectContaining({ title: '环保袋', status: '到店领取', where: '凭提货码到任一门店领取', validTo: null }),
    expect.objectContaining({ title: '5 元无门槛券', couponId: coupon.data.redemption.couponId, status: '可使用', where: '门店线上通用', validTo: '2026-12-23T15:59:59.999Z' }),
  ])
  // Thirty days on, the coupon has lapsed and the record says so.
  await t.dev('POST', 'clock', { now: '2026-12-24T04:00:00.000Z' })
  expect((await act(t, 'points', 'collector', 'mall.records', {})).data.items[1]).toMatchObject({ status: '已过期' })
})
