import { postEarning, postSpending } from '../../cloudfunctions/_shared/points-ledger'
import { businessDay } from '@/domain/time'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, join, rid, seedStores } from '../support/fixtures'
import { templateRecord } from '../support/admin-samples'

let t: TestCloud
const today = () => businessDay(new Date())
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.db.collection('staff').doc('manager-b').set({ data: { role: 'manager', storeId: 'store-b', name: '店长小静', active: true } })
  await Promise.all([join(t, 'm-a1', 'sA1'), join(t, 'm-a2', 'sA1'), join(t, 'm-b1', 'sB1'), join(t, 'm-none')])
  const far = new Date(Date.now() + 400 * 86_400_000)
  const earn = (memberId: string, amount: number) => t.db.runTransaction((tx: any) => postEarning(tx, { memberId, requestId: rid(), code: 'earn.till', amount, expiresAt: far, ref: { type: 'test', id: 'x' }, now: new Date() }))
  await earn('m-a1', 500)
  await earn('m-a2', 120)
  await earn('m-b1', 80)
  await t.db.runTransaction((tx: any) => postSpending(tx, { memberId: 'm-a1', requestId: rid(), code: 'spend.mall', amount: 300, ref: { type: 'mall', id: 'x' }, now: new Date() }))
  await act(t, 'admin', ADMIN, 'couponTemplate.create', { requestId: rid(), record: templateRecord('rate-tpl', { stock: 10 }) })
  for (const m of ['m-a1', 'm-a2']) await act(t, 'coupon', m, 'claim', { requestId: rid(), templateId: 'rate-tpl' })
  await t.db.collection('coupons').where({ templateId: 'rate-tpl', ownerId: 'm-a1' }).update({ data: { status: 'used' } })
})
afterAll(() => t.close())

test('the numbers match the ledgers: points outstanding is the sum of all balances', async () => {
  const { data } = await act(t, 'admin', ADMIN, 'stats', { from: today(), to: today() })
  const balances = (await t.db.collection('points_accounts').limit(1000).get()).data.reduce((s: number, a: { balance: number }) => s + a.balance, 0)
  const entries = (await t.db.collection('points_ledger').limit(1000).get()).data.reduce((s: number, e: { amount: number }) => s + e.amount, 0)
  expect(data.points).toMatchObject({ issued: 700, redeemed: 300, expired: 0, outstanding: 400, outstandingFen: 400 })
  expect(data.points.outstanding).toBe(balances)
  expect(data.points.outstanding).toBe(entries)
  expect(data.coupons.find((c: any) => c.templateId === 'rate-tpl')).toEqual({ templateId: 'rate-tpl', title: expect.any(String), stock: 10, claimed: 2, redeemed: 1, claimRate: 0.2, redemptionRate: 0.5 })
})

test('new members by day, store, staff and channel; a 店长 sees their own store', async () => {
  const { data } = await act(t, 'admin', ADMIN, 'stats', { from: today(), to: today() })
  expect(data.newMembers).toMatchObject({
    total: 4,
    byDay: [{ key: today(), count: 4 }],
    byStore: [{ key: '(无)', count: 1 }, { key: 'store-a', count: 2 }, { key: 'store-b', count: 1 }],
    byStaff: [{ key: '(无)', count: 1 }, { key: 'staff-a', count: 2 }, { key: 'staff-b', count: 1 }],
    byChannel: [{ key: '(无)', count: 1 }, { key: 'counter', count: 3 }],
  })
  const mine = (await act(t, 'admin', 'manager-b', 'stats', { from: today(), to: today() })).data
  expect(mine).toMatchObject({ newMembers: { total: 1, byStore: [{ key: 'store-b', count: 1 }] }, points: null, coupons: null })
  // Days before anyone joined count nobody; a range of more than 92 days is refused.
  expect((await act(t, 'admin', ADMIN, 'stats', { from: '2020-01-01', to: '2020-01-31' })).data.newMembers.total).toBe(0)
  expect(await act(t, 'admin', ADMIN, 'stats', { from: '2020-01-01', to: '2020-06-01' })).toMatchObject({ ok: false, code: 'ADMIN.RANGE_INVALID' })
})
