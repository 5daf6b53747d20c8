/**
 * Issue 10 item 7 (the smaller holes, except the dev endpoints' Origin check): expired
 * community links, double reversals, the balance every screen shows, and records that
 * grew without bound.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { STAFF_A, act, join, rid, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(() => t.dev('DELETE', 'clock'))

const lab = (openid: string, action: string, payload: Record<string, unknown>) => act(t, 'lab', openid, action, payload)
const count = async (coll: string, where: Record<string, unknown>) => (await t.db.collection(coll).where(where).count()).total
const DAY = 24 * 3600_000

describe('community coupons on joining', () => {
  beforeAll(async () => {
    await t.db.collection('coupon_templates').doc('community-5').set({
      data: { title: '社群专享 5 元', kind: 'cash', amountFen: 500, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 7 }, stock: 100, left: 100, perMemberLimit: 1, issuedBy: 'community', refundable: true, enabled: true },
    })
    const scene = { storeId: 'store-a', staffId: STAFF_A, channel: 'community', campaign: null, tags: [], enabled: true }
    await t.db.collection('scenes').doc('sComm').set({ data: { ...scene, expiresAt: null } })
    await t.db.collection('scenes').doc('sCommOld').set({ data: { ...scene, expiresAt: new Date('2026-01-01T00:00:00Z') } })
    await t.db.collection('scenes').doc('sCommOff').set({ data: { ...scene, enabled: false, expiresAt: null } })
  })

  test.each([
    ['an expired', 'sCommOld'],
    ['a disabled', 'sCommOff'],
  ])('%s community link gives none, to a new member or to one who joins again', async (_name, scene) => {
    const newcomer = `late-${scene}`
    expect((await join(t, newcomer, scene)).data.welcomeCoupons).not.toContain('社群专享 5 元')
    await join(t, `again-${scene}`)
    expect((await join(t, `again-${scene}`, scene)).data.welcomeCoupons).toEqual([])
    expect(await count('coupons', { templateId: 'community-5', ownerId: t.db.command.in([newcomer, `again-${scene}`]) })).toBe(0)
  })

  test('a live community link still gives them', async () => {
    expect((await join(t, 'on-time', 'sComm')).data.welcomeCoupons).toContain('社群专享 5 元')
  })
})

test('an earning reversed twice (two requestIds): the second gets the first reply and takes nothing more', async () => {
  await lab('refunded', 'earn', { requestId: 'order-earn-0001', amount: 100 })
  await lab('refunded', 'earn', { requestId: 'other-earn-0001', amount: 100 })
  const first = await lab('refunded', 'reverse', { requestId: 'refund-a-0001', earningRequestId: 'order-earn-0001' })
  expect(first).toMatchObject({ ok: true, data: { amount: -100, balanceAfter: 100 } })
  const second = await lab('refunded', 'reverse', { requestId: 'refund-b-0001', earningRequestId: 'order-earn-0001' })
  expect(second).toEqual(first)
  expect((await t.db.collection('points_accounts').doc('refunded').get()).data.balance).toBe(100)
  expect(await count('points_ledger', { memberId: 'refunded' })).toBe(3)
  expect((await t.db.collection('points_ledger').doc('refunded:order-earn-0001').get()).data.reversedBy).toBe('refund-a-0001')
})

test('partial reversals (partial refunds) add up to the earning and never past it; then a reversal answers with the last one', async () => {
  await lab('partly', 'earn', { requestId: 'order-earn-0003', amount: 100 })
  await lab('partly', 'earn', { requestId: 'other-earn-0003', amount: 100 })
  expect(await lab('partly', 'reverse', { requestId: 'refund-p1-0003', earningRequestId: 'order-earn-0003', amount: 30 })).toMatchObject({ ok: true, data: { amount: -30 } })
  const rest = await lab('partly', 'reverse', { requestId: 'refund-p2-0003', earningRequestId: 'order-earn-0003', amount: 90 })
  expect(rest).toMatchObject({ ok: true, data: { amount: -70, balanceAfter: 100 } })
  expect(await lab('partly', 'reverse', { requestId: 'refund-p3-0003', earningRequestId: 'order-earn-0003' })).toEqual(rest)
  expect((await t.db.collection('points_accounts').doc('partly').get()).data.balance).toBe(100)
  expect((await t.db.collection('points_ledger').doc('partly:order-earn-0003').get()).data.reversed).toBe(100)
})

test('8 reversals of one earning at once, under 8 requestIds and injected conflicts: one takes the points, all answer the same', async () => {
  await lab('refunded-crowd', 'earn', { requestId: 'order-earn-0002', amount: 100 })
  await lab('refunded-crowd', 'earn', { requestId: 'other-earn-0002', amount: 100 })
  await t.dev('POST', 'faults', { conflictRate: 0.3 })
  const replies = await Promise.all(Array.from({ length: 8 }, (_, i) => lab('refunded-crowd', 'reverse', { requestId: `refund-${i}-0002`, earningRequestId: 'order-earn-0002' })))
  await t.dev('POST', 'faults', { conflictRate: 0 })
  expect(replies[0].ok).toBe(true)
  for (const r of replies) expect(r).toEqual(replies[0])
  expect((await t.db.collection('points_accounts').doc('refunded-crowd').get()).data.balance).toBe(100)
  expect(await count('points_ledger', { memberId: 'refunded-crowd', code: 'reverse.refund' })).toBe(1)
})

test('usable points everywhere: expired lots awaiting the expiry timer count on no screen', async () => {
  await join(t, 'lapsed')
  await lab('lapsed', 'earn', { requestId: rid('old'), amount: 300, expiresAt: new Date(Date.now() - DAY).toISOString() })
  await lab('lapsed', 'earn', { requestId: rid('new'), amount: 50 })
  expect((await t.db.collection('points_accounts').doc('lapsed').get()).data.balance).toBe(350) // not yet written off
  expect((await act(t, 'member', 'lapsed', 'card')).data.points).toBe(50)
  expect((await act(t, 'points', 'lapsed', 'balance')).data.balance).toBe(50)
  expect((await act(t, 'points', 'lapsed', 'mall.list')).data.balance).toBe(50)
  const { data } = await act(t, 'member', 'lapsed', 'code')
  expect((await act(t, 'member', STAFF_A, 'verifyCode', { requestId: rid(), code: data.code, purpose: 'lookup' })).data.points).toBe(50)
  const till = await act(t, 'points', STAFF_A, 'till.earn', { receiptNo: rid('rc'), requestId: rid(), code: (await act(t, 'member', 'lapsed', 'code')).data.code, paidFen: 1000 })
  expect(till.data.balance).toBe(60)
})

describe('visit touches: one per member, scene and Shanghai day', () => {
  const visit = (scene: string) => act(t, 'member', 'toucher', 'visit', { scene })
  beforeAll(() => join(t, 'toucher'))

  test('repeated and parallel scans of one code on one day are one touch; another code or another day is another', async () => {
    await t.dev('POST', 'clock', { now: '2026-12-02T15:00:00.000Z' }) // 23:00 in Shanghai
    for (let i = 0; i < 3; i++) await visit('sA1')
    await Promise.all(Array.from({ length: 5 }, () => visit('sA1')))
    expect(await count('member_touches', { memberId: 'toucher' })).toBe(1)
    await visit('sB1')
    expect(await count('member_touches', { memberId: 'toucher' })).toBe(2)
    await t.dev('POST', 'clock', { now: '2026-12-02T16:00:00.000Z' }) // 00:00 the next day in Shanghai
    await visit('sA1')
    await visit('sA1')
    expect(await count('member_touches', { memberId: 'toucher' })).toBe(3)
  })
})

test('the retention timer removes old idempotency records and touches, page by page, and keeps recent ones', async () => {
  const now = Date.now()
  const old = async (coll: string, n: number, ageDays: number, data: (i: number) => Record<string, unknown>) => {
    for (let i = 0; i < n; i++) await t.db.collection(coll).add({ data: { ...data(i), at: new Date(now - ageDays * DAY) } })
  }
  await old('requests', 230, 91, (i) => ({ _id: `test.retention:m:old-${i}`, scope: 'test.retention', openid: 'm', result: { i } }))
  await old('requests', 3, 89, (i) => ({ _id: `test.retention:m:recent-${i}`, scope: 'test.retention', openid: 'm', result: { i } }))
  await old('member_touches', 120, 181, (i) => ({ memberId: 'retained', sceneId: `s${i}` }))
  await old('member_touches', 2, 179, (i) => ({ memberId: 'retained', sceneId: `r${i}` }))
  const res = await fetch(`${t.host.url}/__dev/trigger/member/purgeRecords`, { method: 'POST' })
  expect((await res.json()).result).toMatchObject({ ok: true, data: { requests: 230, touches: 120 } })
  expect(await count('requests', { scope: 'test.retention' })).toBe(3)
  expect(await count('member_touches', { memberId: 'retained' })).toBe(2)
  // Recent records of real actions are untouched.
  expect(await count('requests', { scope: 'member.join' })).toBeGreaterThan(0)
})
