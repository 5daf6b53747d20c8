import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, STAFF_A, act, join, rid, seedStores } from '../support/fixtures'
import { clientCrowd } from '../support/client-sends'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(() => t.dev('POST', 'faults', { conflictRate: 0 }))

const lab = (openid: string, action: string, payload: Record<string, unknown>) => act(t, 'lab', openid, action, payload)

async function ledgerOf(memberId: string) {
  const { data } = await t.db.collection('points_ledger').where({ memberId }).limit(1000).get()
  return data as { amount: number; requestId: string; code: string; balanceAfter: number }[]
}

async function expectInvariant(memberId: string) {
  const entries = await ledgerOf(memberId)
  const account = (await t.db.collection('points_accounts').where({ _id: memberId }).get()).data[0] ?? { balance: 0, lots: [] }
  const sum = entries.reduce((s, e) => s + e.amount, 0)
  const lots = account.lots.reduce((s: number, l: { remaining: number }) => s + l.remaining, 0)
  expect(account.balance).toBe(sum)
  expect(lots).toBe(sum)
  expect(account.balance).toBeGreaterThanOrEqual(0)
  for (const e of entries) expect(e.balanceAfter).toBeGreaterThanOrEqual(0)
  return { entries, balance: account.balance as number }
}

test('600 concurrent mixed earns and spends over 20 members, with conflicts and duplicated requestIds, keep every ledger exact', async () => {
  const members = Array.from({ length: 20 }, (_, i) => `ledger-${i}`)
  await Promise.all(members.map((m) => join(t, m)))
  await Promise.all(members.map((m) => lab(m, 'earn', { requestId: rid('seed'), amount: 100 })))
  await t.dev('POST', 'faults', { conflictRate: 0.3 })

  const ops = Array.from({ length: 600 }, (_, i) => ({
    member: members[i % 20],
    action: i % 3 === 0 ? 'spend' : 'earn',
    payload: { requestId: rid(`op${i}`), amount: 1 + ((i * 37) % 40) },
  }))
  // Every tenth operation is sent twice at once: a double tap, or a retry racing the original.
  const sends = ops.flatMap((op, i) => (i % 10 === 0 ? [op, op] : [op]))
  const crowd = clientCrowd(t, 'points ledger, 660 mixed earns and spends')
  const replies = await Promise.all(sends.map((op) => crowd.sendLikeAClient('lab', op.member, op.action, op.payload)))
  expect(crowd.report().busyAfterRetry).toBe(0)

  expect(replies.filter((r) => !r.ok && r.code !== 'POINTS.INSUFFICIENT')).toEqual([])
  const byRequest = new Map<string, unknown[]>()
  sends.forEach((op, i) => byRequest.set(op.payload.requestId, [...(byRequest.get(op.payload.requestId) ?? []), replies[i]]))
  for (const same of byRequest.values()) expect(same.every((r) => JSON.stringify(r) === JSON.stringify(same[0]))).toBe(true)

  for (const member of members) {
    const { entries } = await expectInvariant(member)
    const ids = entries.map((e) => e.requestId)
    expect(new Set(ids).size).toBe(ids.length) // every requestId applied once
    const applied = ops.filter((op) => op.member === member && (byRequest.get(op.payload.requestId)?.[0] as { ok: boolean }).ok)
    expect(entries).toHaveLength(applied.length + 1)
  }
  expect(t.cloud.db.transactions.openCount()).toBe(0)
})

describe('expiry on Asia/Shanghai days', () => {
  const member = 'expiring'
  beforeAll(async () => {
    await t.dev('POST', 'clock', { now: '2026-06-01T04:00:00.000Z' })
    await join(t, member)
    // Default rule: points earned in 2026 expire at the end of 2027, Shanghai time.
    await lab(member, 'earn', { requestId: rid(), amount: 300 })
  })
  afterAll(() => t.dev('DELETE', 'clock'))

  test('the member is told what expires when', async () => {
    const { data } = await act(t, 'points', member, 'balance')
    expect(data).toEqual({ balance: 300, expiring: [{ day: '2027-12-31', amount: 300, text: '300 积分将于 2027-12-31 过期' }] })
  })

  test('at 23:59:59.999 on 31 December the points still spend, and the expiry run finds nothing', async () => {
    await t.dev('POST', 'clock', { now: '2027-12-31T15:59:59.999Z' })
    expect((await lab(member, 'spend', { requestId: rid(), amount: 100 })).ok).toBe(true)
    expect((await t.result('points', member, { action: 'balance' })).data.balance).toBe(200)
    await fetch(`${t.host.url}/__dev/trigger/points/expirePoints`, { method: 'POST' })
    expect((await ledgerOf(member)).some((e) => e.code === 'expire')).toBe(false)
  })

  test('at 00:00:00.000 on 1 January they cannot be spent, and the expiry run writes them off', async () => {
    await t.dev('POST', 'clock', { now: '2027-12-31T16:00:00.000Z' })
    expect(await lab(member, 'spend', { requestId: rid(), amount: 1 })).toMatchObject({ ok: false, code: 'POINTS.INSUFFICIENT' })
    expect((await act(t, 'points', member, 'balance')).data.balance).toBe(0)
    const run = await (await fetch(`${t.host.url}/__dev/trigger/points/expirePoints`, { method: 'POST' })).json()
    // Other members' points earned in 2026 expire at the same instant: count only ours below.
    expect(run.result.data.expired).toBeGreaterThanOrEqual(200)
    const again = await (await fetch(`${t.host.url}/__dev/trigger/points/expirePoints`, { method: 'POST' })).json()
    expect(again.result.data).toMatchObject({ expired: 0, job: { period: '2028-01-01', done: true } })
    const { entries, balance } = await expectInvariant(member)
    expect(balance).toBe(0)
    expect(entries.filter((e) => e.code === 'expire').map((e) => e.amount)).toEqual([-200])
  })
})

test('spending takes the lots that expire first', async () => {
  await join(t, 'lots')
  await lab('lots', 'earn', { requestId: 'late-lot-1234', amount: 50, expiresAt: '2030-01-01T00:00:00.000Z' })
  await lab('lots', 'earn', { requestId: 'soon-lot-1234', amount: 50, expiresAt: '2028-01-01T00:00:00.000Z' })
  await lab('lots', 'spend', { requestId: rid(), amount: 60 })
  const { data } = await t.db.collection('points_accounts').doc('lots').get()
  expect(data.lots.map((l: { id: string; remaining: number }) => [l.id, l.remaining])).toEqual([['lots:late-lot-1234', 40]])
})

test('a refund takes back the earning from its own lot, then the balance, never below zero; the rest is written off', async () => {
  await join(t, 'refunder')
  await lab('refunder', 'earn', { requestId: 'order-earn-1234', amount: 100 })
  await lab('refunder', 'earn', { requestId: 'other-earn-1234', amount: 30 })
  await lab('refunder', 'spend', { requestId: rid(), amount: 110 }) // 20 left
  const reply = await lab('refunder', 'reverse', { requestId: 'refund-1-1234', earningRequestId: 'order-earn-1234' })
  expect(reply.data).toMatchObject({ amount: -20, balanceAfter: 0, writtenOff: 80 })
  expect((await lab('refunder', 'reverse', { requestId: 'refund-1-1234', earningRequestId: 'order-earn-1234' })).data).toEqual(reply.data)
  await expectInvariant('refunder')
})

describe('the till', () => {
  const scanAndEarn = async (member: string, paidFen: number, staff = STAFF_A) => {
    const { data } = await act(t, 'member', member, 'code')
    return act(t, 'points', staff, 'till.earn', { receiptNo: rid('rc'), requestId: rid('till'), code: data.code, paidFen })
  }
  beforeAll(async () => {
    await t.db.collection('settings').doc('points').set({ data: { ratePerYuan: 1, campaigns: [{ id: 'md', name: '会员日双倍积分', multiplier: 2, weekdays: [2] }] } })
    await join(t, 'buyer')
  })
  afterAll(() => t.dev('DELETE', 'clock'))

  test('points follow the yuan paid, floored; double on member day (Tuesday, Shanghai time)', async () => {
    await t.dev('POST', 'clock', { now: '2026-11-24T15:59:00.000Z' }) // Tuesday 23:59 in Shanghai
    // 128.99 yuan × 1 point × 2 = 257.98 → 257: the product is floored once, at the end.
    expect((await scanAndEarn('buyer', 12_899)).data).toMatchObject({ points: 257, multiplier: 2, campaign: '会员日双倍积分' })
    await t.dev('POST', 'clock', { now: '2026-11-24T16:00:00.000Z' }) // Wednesday 00:00
    expect((await scanAndEarn('buyer', 12_899)).data).toMatchObject({ points: 128, multiplier: 1, campaign: null, balance: 385 })
  })

  test('the member code is used up by the purchase: a second scan of it earns nothing', async () => {
    const { data } = await act(t, 'member', 'buyer', 'code')
    expect((await act(t, 'points', STAFF_A, 'till.earn', { receiptNo: rid('rc'), requestId: rid(), code: data.code, paidFen: 1000 })).ok).toBe(true)
    expect(await act(t, 'points', STAFF_A, 'till.earn', { receiptNo: rid('rc'), requestId: rid(), code: data.code, paidFen: 1000 })).toMatchObject({ ok: false, code: 'MEMBER.CODE_USED' })
  })

  test('only staff can award points', async () => {
    expect(await scanAndEarn('buyer', 1000, 'buyer')).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
  })
})

describe('bad input gets a clear code and changes nothing', () => {
  let before: unknown[]
  beforeAll(async () => {
    await join(t, 'victim')
    await lab('victim', 'earn', { requestId: rid(), amount: 500 })
    before = await ledgerOf('victim')
  })
  afterEach(async () => expect(await ledgerOf('victim')).toEqual(before))

  test('a client cannot call earn on the points function', async () => {
    expect(await act(t, 'points', 'victim', 'earn', { requestId: rid(), amount: 100 })).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
  })

  test.each([
    ['hugely negative', -1e12],
    ['fractional', 1.5],
    ['huge', 1e12],
    ['non-numeric', '100'],
    ['zero', 0],
    ['missing', null],
  ])('an admin adjustment with a %s amount', async (_name, amount) => {
    const { data } = await t.db.collection('members').doc('victim').get()
    const reply = await act(t, 'points', ADMIN, 'adjust', { requestId: rid(), cardNo: data.cardNo, amount, reason: '测试' })
    expect(reply).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  })

  test('a staff member who is not an admin cannot adjust', async () => {
    const { data } = await t.db.collection('members').doc('victim').get()
    expect(await act(t, 'points', STAFF_A, 'adjust', { requestId: rid(), cardNo: data.cardNo, amount: 100, reason: '测试' })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
  })

  test.each([
    ['negative', -100],
    ['fractional', 10.5],
    ['huge', 1e15],
    ['non-numeric', 'lots'],
  ])('a till purchase with a %s amount', async (_name, paidFen) => {
    const { data } = await act(t, 'member', 'victim', 'code')
    expect(await act(t, 'points', STAFF_A, 'till.earn', { receiptNo: rid('rc'), requestId: rid(), code: data.code, paidFen })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  })

  test.each([
    ['an unknown item', 'no-such-item', 'POINTS.ITEM_NOT_FOUND'],
    ['an operator as item id', { $gt: '' }, 'COMMON.INVALID_INPUT'],
  ])('a redemption of %s', async (_name, itemId, code) => {
    expect(await act(t, 'points', 'victim', 'mall.redeem', { requestId: rid(), itemId })).toMatchObject({ ok: false, code })
  })

  test('a forged openid in the event spends nobody else’s points', async () => {
    await t.db.collection('mall_items').doc('cheap').set({ data: { kind: 'gift', title: '贴纸', description: '', image: '', costPoints: 10, stock: 5, left: 5, perMemberLimit: 5, enabled: true, sort: 9 } })
    const reply = await act(t, 'points', 'stranger', 'mall.redeem', { requestId: rid(), itemId: 'cheap', openid: 'victim' })
    expect(reply).toMatchObject({ ok: false, code: 'COMMON.NOT_MEMBER' })
  })
})

test('points mall: 200 parallel redemptions hold stock and per-member limits, and spend exactly once each', async () => {
  await t.db.collection('mall_items').doc('hot').set({ data: { kind: 'gift', title: '限量帆布袋', description: '', image: '', costPoints: 100, stock: 50, left: 50, perMemberLimit: 2, enabled: true, sort: 1 } })
  const members = Array.from({ length: 40 }, (_, i) => `crowd-${i}`)
  await Promise.all(members.map((m) => join(t, m)))
  await Promise.all(members.map((m) => lab(m, 'earn', { requestId: rid(), amount: 1000 })))
  const tries = Array.from({ length: 200 }, (_, i) => members[i % 40])
  const crowd = clientCrowd(t, 'points mall, 200 redemptions')
  const replies = await Promise.all(tries.map((m) => crowd.sendLikeAClient('points', m, 'mall.redeem', { requestId: rid('buy'), itemId: 'hot' })))
  expect(crowd.report().busyAfterRetry).toBe(0)
  const won = replies.filter((r) => r.ok)
  expect(won).toHaveLength(50)
  expect(new Set(replies.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['POINTS.SOLD_OUT', 'POINTS.LIMIT_REACHED']))
  expect((await t.db.collection('mall_items').doc('hot').get()).data.left).toBe(0)
  for (const m of members) {
    const { entries } = await expectInvariant(m)
    const spends = entries.filter((e) => e.code === 'spend.mall')
    const records = (await t.db.collection('mall_redemptions').where({ memberId: m, itemId: 'hot' }).count()).total
    expect(spends).toHaveLength(records)
    expect(records).toBeLessThanOrEqual(2)
  }
  expect(won.every((r) => /^\d{8}$/.test(r.data.redemption.pickupCode))).toBe(true)
})

test('a purchase at the till adds growth, and a member who crosses a threshold upgrades on the spot', async () => {
  await join(t, 'climber')
  await t.db.collection('members').doc('climber').update({ data: { growth: 990, tierGrowth: 990 } })
  const scan = async (paidFen: number) => {
    const { data } = await act(t, 'member', 'climber', 'code')
    return (await act(t, 'points', STAFF_A, 'till.earn', { receiptNo: rid('rc'), requestId: rid('till'), code: data.code, paidFen })).data
  }
  expect(await scan(999)).toMatchObject({ growth: 9, tierUpgradedTo: null })
  expect((await act(t, 'member', 'climber', 'card')).data.tier.name).toBe('普卡')
  expect(await scan(100)).toMatchObject({ growth: 1, tierUpgradedTo: '银卡' })
  const card = (await act(t, 'member', 'climber', 'card')).data
  expect(card).toMatchObject({ tier: { name: '银卡' }, growth: 1000, tierGrowth: 1000 })
  const ledger = (await t.db.collection('growth_ledger').where({ memberId: 'climber' }).get()).data
  expect(ledger.map((e: { amount: number; code: string }) => [e.code, e.amount])).toEqual([['growth.spend', 9], ['growth.spend', 1]])
})
