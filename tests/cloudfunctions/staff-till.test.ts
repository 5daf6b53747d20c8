import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, STAFF_A, STAFF_B, act, join, rid, seedStores } from '../support/fixtures'
import { MANAGER_A, seedManager } from '../support/staff'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await seedManager(t.db)
  await t.db.collection('staff').doc('staff-a2').set({ data: { role: 'staff', storeId: 'store-a', name: '小张', active: true } })
  await t.db.collection('settings').doc('points').set({ data: { ratePerYuan: 1, campaigns: [] } })
  await t.db.collection('mall_items').doc('bag').set({ data: { kind: 'gift', title: '环保袋', description: '', image: '', costPoints: 100, stock: 10, left: 10, perMemberLimit: 5, enabled: true, sort: 1 } })
})
afterAll(() => t.close())

const memberCode = async (member: string) => (await act(t, 'member', member, 'code')).data.code as string
const award = async (member: string, paidFen: number, staff = STAFF_A) => act(t, 'points', staff, 'till.earn', { receiptNo: rid('rc'), requestId: rid('till'), code: await memberCode(member), paidFen })
const balanceOf = async (member: string) => (await act(t, 'points', member, 'balance')).data.balance as number

async function giftPickupCode(member: string): Promise<string> {
  await act(t, 'lab', member, 'earn', { requestId: rid('seed'), amount: 100 })
  const reply = await act(t, 'points', member, 'mall.redeem', { requestId: rid('mall'), itemId: 'bag' })
  return reply.data.redemption.pickupCode
}

test('the same member code scanned by two staff members at once is used once', async () => {
  await join(t, 'crowded')
  const code = await memberCode('crowded')
  const replies = await Promise.all([STAFF_A, 'staff-a2', MANAGER_A].map((staff) => act(t, 'points', staff, 'till.earn', { receiptNo: rid('rc'), requestId: rid('race'), code, paidFen: 5000 })))
  expect(replies.filter((r) => r.ok)).toHaveLength(1)
  expect(replies.filter((r) => !r.ok).map((r) => r.code)).toEqual(['MEMBER.CODE_USED', 'MEMBER.CODE_USED'])
  expect(await balanceOf('crowded')).toBe(50)
  expect((await t.db.collection('staff_work').where({ memberId: 'crowded' }).get()).data).toHaveLength(1)
})

test('lookup shows the member and the in-store coupons usable at this store, without using the code', async () => {
  await join(t, 'looked-up')
  const validTo = new Date(Date.now() + 86_400_000)
  const coupon = (id: string, extra: Record<string, unknown>) =>
    t.db.collection('coupons').doc(id).set({ data: { templateId: 't', ownerId: 'looked-up', status: 'available', title: id, scope: { kind: 'all' }, kind: 'cash', amountFen: 500, validFrom: new Date(0), validTo, claimedAt: new Date(0), ...extra } })
  await coupon('here', { channel: 'store', storeIds: ['store-a'] })
  await coupon('anywhere', { channel: 'both' })
  await coupon('only-b', { channel: 'store', storeIds: ['store-b'] })
  await coupon('web', { channel: 'online' })
  const code = await memberCode('looked-up')
  const { data } = await act(t, 'staff', STAFF_A, 'lookup', { code })
  expect(data.member).toMatchObject({ points: 0, phoneMasked: null })
  expect(data.coupons.map((c: { couponId: string }) => c.couponId).sort()).toEqual(['anywhere', 'here'])
  // The code is still good for the award that follows.
  expect((await act(t, 'points', STAFF_A, 'till.earn', { receiptNo: rid('rc'), requestId: rid(), code, paidFen: 1000 })).ok).toBe(true)
  // A coupon picked from the list is redeemed by its fresh code, through coupon.redeem.
  const picked = data.coupons.find((c: { couponId: string }) => c.couponId === 'here')
  expect(await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code: picked.redeemCode })).toMatchObject({ ok: true, data: { couponId: 'here' } })
})

test('staff of store A cannot redeem a coupon valid only in store B, nor see B’s numbers', async () => {
  await join(t, 'traveller')
  await t.db.collection('coupons').doc('b-only').set({
    data: { templateId: 't', ownerId: 'traveller', status: 'available', title: '静安店专享', channel: 'store', storeIds: ['store-b'], scope: { kind: 'all' }, kind: 'cash', amountFen: 500, validFrom: new Date(0), validTo: new Date(Date.now() + 86_400_000), claimedAt: new Date(0) },
  })
  const code = async () => (await act(t, 'coupon', 'traveller', 'code', { couponId: 'b-only' })).data.code
  expect(await act(t, 'coupon', STAFF_A, 'redeem', { requestId: rid(), code: await code() })).toMatchObject({ ok: false, code: 'COUPON.NOT_USABLE' })
  expect((await t.db.collection('coupons').doc('b-only').get()).data.status).toBe('available')
  expect((await act(t, 'coupon', STAFF_B, 'redeem', { requestId: rid(), code: await code() })).ok).toBe(true)
  for (const [who, scope] of [[STAFF_A, 'me'], [STAFF_A, 'store'], [MANAGER_A, 'store'], [MANAGER_A, 'me']]) {
    expect(await act(t, 'staff', who, 'stats', { scope, storeId: 'store-b' })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
  }
  expect(await act(t, 'staff', MANAGER_A, 'awards', { storeId: 'store-b' })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
  expect((await act(t, 'staff', ADMIN, 'stats', { scope: 'store', storeId: 'store-b' })).ok).toBe(true)
})

describe('pickups', () => {
  test('a points-mall gift is handed over once, whoever scans it and however often', async () => {
    await join(t, 'picker')
    const code = await giftPickupCode('picker')
    const requestId = rid('pick')
    const replies = await Promise.all([
      act(t, 'staff', STAFF_A, 'pickup.verify', { requestId, code }),
      act(t, 'staff', STAFF_A, 'pickup.verify', { requestId, code }),
      act(t, 'staff', 'staff-a2', 'pickup.verify', { requestId: rid('pick'), code }),
      act(t, 'staff', STAFF_B, 'pickup.verify', { requestId: rid('pick'), code }),
    ])
    const ok = replies.filter((r) => r.ok)
    // The double tap (same requestId) answers the same; only one hand-over happened.
    expect(new Set(ok.map((r) => JSON.stringify(r))).size).toBe(1)
    expect(ok[0].data).toMatchObject({ kind: 'mall', title: '环保袋', text: '已核销 · 环保袋' })
    expect(replies.filter((r) => !r.ok).every((r) => r.code === 'PICKUP.ALREADY_USED')).toBe(true)
    expect((await t.db.collection('staff_work').where({ kind: 'pickup', memberId: 'picker' }).get()).data).toHaveLength(1)
    expect(await act(t, 'staff', STAFF_A, 'pickup.verify', { requestId: rid(), code: '99999999' })).toMatchObject({ ok: false, code: 'PICKUP.NOT_FOUND' })
  })
})

describe('reversing a till award', () => {
  beforeAll(() => join(t, 'reversed'))
  afterAll(() => t.dev('DELETE', 'clock'))

  test('the 店长 reverses within 24 hours as a new ledger entry; a second reversal answers the first', async () => {
    await t.dev('POST', 'clock', { now: '2026-11-25T02:00:00.000Z' })
    expect((await award('reversed', 12800)).data.points).toBe(128)
    const { data: list } = await act(t, 'staff', MANAGER_A, 'awards')
    const mine = list.items.find((i: { cardNo: string; points: number }) => i.points === 128)
    expect(mine).toMatchObject({ staffName: '小王', paidFen: 12800, reversed: false })
    expect(await act(t, 'staff', STAFF_A, 'reverse', { requestId: rid(), awardId: mine.awardId })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    await t.dev('POST', 'clock', { now: '2026-11-26T02:00:00.000Z' })
    const [first, second] = await Promise.all([
      act(t, 'staff', MANAGER_A, 'reverse', { requestId: rid('rev'), awardId: mine.awardId }),
      act(t, 'staff', ADMIN, 'reverse', { requestId: rid('rev'), awardId: mine.awardId }),
    ])
    expect(first).toEqual({ ok: true, data: { awardId: mine.awardId, points: 128, balance: 0, writtenOff: 0, text: '已撤销 128 分' } })
    expect(second).toEqual(first)
    await t.dev('POST', 'clock', { now: '2026-11-27T02:00:00.000Z' })
    expect(await act(t, 'staff', MANAGER_A, 'reverse', { requestId: rid('rev'), awardId: mine.awardId })).toEqual(first)
    const { data: ledger } = await t.db.collection('points_ledger').where({ memberId: 'reversed' }).get()
    expect(ledger.map((e: { code: string; amount: number }) => [e.code, e.amount]).sort()).toEqual([
      ['earn.till', 128],
      ['reverse.refund', -128],
    ])
    expect(await balanceOf('reversed')).toBe(0)
  })

  test('after 24 hours the award stands', async () => {
    await t.dev('POST', 'clock', { now: '2026-11-25T02:00:00.000Z' })
    const reply = await award('reversed', 1000)
    const awardId = (await t.db.collection('staff_work').where({ memberId: 'reversed', paidFen: 1000 }).get()).data[0]._id
    expect(reply.ok).toBe(true)
    await t.dev('POST', 'clock', { now: '2026-11-26T02:00:00.001Z' })
    expect(await act(t, 'staff', MANAGER_A, 'reverse', { requestId: rid(), awardId })).toMatchObject({ ok: false, code: 'STAFF.REVERSAL_TOO_LATE' })
    expect(await act(t, 'staff', MANAGER_A, 'reverse', { requestId: rid(), awardId: 'award:nope:nope' })).toMatchObject({ ok: false, code: 'STAFF.AWARD_NOT_FOUND' })
  })
})

test('the numbers count joins through the staff member’s code, awards, coupons and pickups, today and this month', async () => {
  // A month no other test writes in: the tests above run on the real clock or in late November.
  await t.dev('POST', 'clock', { now: '2026-10-01T01:00:00.000Z' }) // 09:00 on 1 October, Shanghai
  const fresh = await act(t, 'staff', 'staff-a2', 'stats', { scope: 'me' })
  expect(fresh.data.total.month).toEqual({ joined: 0, points: 0, awards: 0, coupons: 0, pickups: 0 })
  await join(t, 'counted', 'sA1')
  await t.dev('POST', 'clock', { now: '2026-10-02T01:00:00.000Z' })
  await award('counted', 3000, 'staff-a2')
  const pickupCode = await giftPickupCode('counted')
  await act(t, 'staff', 'staff-a2', 'pickup.verify', { requestId: rid(), code: pickupCode })
  const mine = (await act(t, 'staff', 'staff-a2', 'stats', { scope: 'me' })).data
  expect(mine.total).toEqual({ today: { joined: 0, points: 30, awards: 1, coupons: 0, pickups: 1 }, month: { joined: 0, points: 30, awards: 1, coupons: 0, pickups: 1 } })
  const store = (await act(t, 'staff', MANAGER_A, 'stats', { scope: 'store' })).data
  expect(store.total.month).toMatchObject({ joined: 1, points: 30, pickups: 1 })
  const row = (id: string) => store.staff.find((s: { staffId: string }) => s.staffId === id)
  expect(row(STAFF_A).tally.month.joined).toBe(1)
  expect(row('staff-a2').tally.today).toMatchObject({ points: 30, pickups: 1 })
  await t.dev('DELETE', 'clock')
})
