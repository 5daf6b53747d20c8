/**
 * The interleavings that crowds rarely produce, made to happen:
 * - a transaction is held after reading a document, another one commits that document,
 *   and the first must conflict (first-committer-wins), be re-run on fresh data, and
 *   answer right;
 * - the next transactions meet a conflict (at a write, which wx-server-sdk does not
 *   retry, or at commit, more times than it retries): the server's own retry
 *   (`_shared/transaction.ts`) must re-run them, so the client, sending once, gets its answer.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, join, rid, seedStores } from '../support/fixtures'
import { interleave } from '../support/interleave'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(() => t.dev('POST', 'faults', { hold: null, conflictNext: 0 }))

const all = async (coll: string, query: Record<string, unknown>) => (await t.db.collection(coll).where(query).limit(1000).get()).data

const template = (id: string, over: Record<string, unknown> = {}) =>
  t.db.collection('coupon_templates').doc(id).set({
    data: { title: `券 ${id}`, kind: 'threshold', thresholdFen: 3000, amountFen: 500, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 7 }, stock: 100, left: 100, perMemberLimit: 1, issuedBy: 'center', refundable: true, enabled: true, ...over },
  })

test('points ledger: an earning held after reading the account, while another earning commits, is re-run and both count', async () => {
  const member = 'held-earner'
  await join(t, member)
  const earn = (amount: number) => () => act(t, 'lab', member, 'earn', { requestId: rid('earn'), amount })
  const run = await interleave(t, { collection: 'points_accounts', id: member }, earn(10), earn(20))
  expect(run.hold).toMatchObject({ state: 'released', held: 'conflicted' })
  expect(run.second.data).toMatchObject({ amount: 20, balanceAfter: 20 })
  expect(run.first.data).toMatchObject({ amount: 10, balanceAfter: 30 })
  const entries = await all('points_ledger', { memberId: member })
  const account = (await t.db.collection('points_accounts').doc(member).get()).data
  expect(entries.map((e: { amount: number }) => e.amount).sort()).toEqual([10, 20])
  expect(account.balance).toBe(30)
  expect(account.lots.reduce((s: number, l: { remaining: number }) => s + l.remaining, 0)).toBe(30)
})

test('coupon use: a use held after reading the coupon, while another order uses it, is re-run and refused', async () => {
  await template('held-use')
  await join(t, 'held-user')
  const coupon = (await act(t, 'coupon', 'held-user', 'claim', { requestId: rid('claim'), templateId: 'held-use' })).data.coupon
  const use = (orderId: string) => () => act(t, 'lab', 'held-user', 'use', { requestId: rid('use'), couponId: coupon.id, orderId })
  const run = await interleave(t, { collection: 'coupons', id: coupon.id }, use('order-first'), use('order-second'))
  expect(run.hold).toMatchObject({ state: 'released', held: 'conflicted' })
  expect(run.second).toMatchObject({ ok: true, data: { status: 'used' } })
  expect(run.first).toMatchObject({ ok: false, code: 'COUPON.ALREADY_USED' })
  expect((await t.db.collection('coupons').doc(coupon.id).get()).data).toMatchObject({ status: 'used', usedByOrderId: 'order-second' })
})

test('coupon claim: a claim held after reading the template, while another member takes the last one, is re-run and sold out', async () => {
  await template('held-last', { stock: 1, left: 1 })
  await Promise.all(['held-claimer', 'quick-claimer'].map((m) => join(t, m)))
  const claim = (member: string) => () => act(t, 'coupon', member, 'claim', { requestId: rid('claim'), templateId: 'held-last' })
  const run = await interleave(t, { collection: 'coupon_templates', id: 'held-last' }, claim('held-claimer'), claim('quick-claimer'))
  expect(run.hold).toMatchObject({ state: 'released', held: 'conflicted' })
  expect(run.second.ok).toBe(true)
  expect(run.first).toMatchObject({ ok: false, code: 'COUPON.SOLD_OUT' })
  expect(await all('coupons', { templateId: 'held-last' })).toHaveLength(1)
  expect((await t.db.collection('coupon_templates').doc('held-last').get()).data.left).toBe(0)
})

test('sign-in: a check-in held after reading its day, while another device signs in, is re-run and answers what that one recorded', async () => {
  const member = 'held-signer'
  await t.dev('POST', 'clock', { now: '2026-11-20T02:00:00.000Z' })
  await join(t, member)
  const checkin = () => act(t, 'signin', member, 'checkin', { requestId: rid('checkin') })
  const run = await interleave(t, { collection: 'signins', id: `${member}:2026-11-20` }, checkin, checkin)
  await t.dev('DELETE', 'clock')
  // Its snapshot still shows the day unsigned, so it writes the day too: the commit is refused.
  expect(run.hold).toMatchObject({ state: 'released', held: 'conflicted' })
  expect(run.second).toMatchObject({ ok: true, data: { day: '2026-11-20', streak: 1 } })
  expect(run.first).toEqual(run.second)
  expect(await all('signins', { memberId: member })).toHaveLength(1)
  expect(await all('points_ledger', { memberId: member, code: 'earn.signin' })).toHaveLength(1)
  expect((await t.db.collection('points_accounts').doc(member).get()).data.balance).toBe(run.second.data.reward.points)
})

describe('conflicts the server must absorb: the client sends once', () => {
  const setUp = {
    'a points earning': async () => {
      await join(t, 'conflicted-earner')
      return () => act(t, 'lab', 'conflicted-earner', 'earn', { requestId: rid('earn'), amount: 7 })
    },
    'a coupon claim': async () => {
      await template('conflicted-claim')
      await join(t, 'conflicted-claimer')
      return () => act(t, 'coupon', 'conflicted-claimer', 'claim', { requestId: rid('claim'), templateId: 'conflicted-claim' })
    },
    'a coupon use': async () => {
      await template('conflicted-use')
      await join(t, 'conflicted-user')
      const coupon = (await act(t, 'coupon', 'conflicted-user', 'claim', { requestId: rid('claim'), templateId: 'conflicted-use' })).data.coupon
      return () => act(t, 'lab', 'conflicted-user', 'use', { requestId: rid('use'), couponId: coupon.id, orderId: 'order-1' })
    },
    'a sign-in': async () => {
      await join(t, 'conflicted-signer')
      return () => act(t, 'signin', 'conflicted-signer', 'checkin', { requestId: rid('checkin') })
    },
  }

  test.each([
    ['a points earning', 'write', 2],
    ['a coupon claim', 'write', 2],
    ['a coupon use', 'write', 2],
    ['a sign-in', 'write', 2],
    ['a points earning', 'commit', 3],
  ] as const)('%s whose transaction meets a conflict at its %s %i times answers ok', async (what, conflictAt, times) => {
    const send = await setUp[what]()
    await t.dev('POST', 'faults', { conflictNext: times, conflictAt })
    expect(await send()).toMatchObject({ ok: true })
    expect((await t.dev('GET', 'faults')).conflictNext).toBe(0) // every injected conflict was met
    expect(t.cloud.db.transactions.openCount()).toBe(0)
  })
})
