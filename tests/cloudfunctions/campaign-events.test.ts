/**
 * The console's campaigns on every event the engine names: sign-in, order paid (online and
 * at the till). Multipliers: the largest wins; a first-order-only one once per (member,
 * campaign, period), under parallel payments too. Rewards once per (member, campaign, period).
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { STAFF_A, act, rid, seedStores } from '../support/fixtures'
import { balanceOf, member, order, sku } from '../support/orders'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.db.collection('coupon_templates').doc('md-gift').set({
    data: { title: '会员日 3 元券', kind: 'cash', amountFen: 300, channel: 'store', scope: { kind: 'all' }, validity: { kind: 'days', days: 7 }, stock: 100, left: 100, perMemberLimit: 10, issuedBy: 'member-day', refundable: true, enabled: true },
  })
})
afterAll(() => t.close())
afterEach(async () => {
  await t.dev('DELETE', 'clock')
  const { data } = await t.db.collection('campaigns').limit(100).get()
  for (const c of data) await t.db.collection('campaigns').doc(c._id).remove()
})

/** 10:00 of a Shanghai day on the dev clock. */
const at = (day: string) => t.dev('POST', 'clock', { now: `${day}T02:00:00.000Z` })
const campaign = (id: string, fields: Record<string, unknown>) => t.db.collection('campaigns').doc(id).set({ data: { name: id, enabled: true, ...fields } })
const MEMBER_DAY = { on: ['signin', 'order-paid'], rule: { kind: 'weekly', weekdays: [2] }, reward: { pointsMultiplier: 2 } }
const BIRTHDAY_MONTH = { on: ['order-paid'], rule: { kind: 'birthday-month' }, reward: { pointsMultiplier: 3, firstOrderOnly: true } }

async function buyer(openid: string, birthday: string | null = null) {
  await member(t, openid)
  await t.db.collection('members').doc(openid).update({ data: { birthday, birthdayMonthDay: birthday ? birthday.slice(5) : null } })
}

/** Orders one 100-yuan item and pays it; the points it earned. */
async function paidOrder(openid: string, skuId: string): Promise<number> {
  const created = await order(t, openid, { lines: [{ skuId, quantity: 1 }] })
  expect(created.ok).toBe(true)
  const paid = await act(t, 'order', openid, 'pay.simulate', { requestId: rid('pay'), orderId: created.data.order.orderId })
  expect(paid.ok).toBe(true)
  return paid.data.order.pointsEarned as number
}

describe('order paid', () => {
  test('member day (a Tuesday): double points on every order of the day; a Wednesday: single', async () => {
    await sku(t, 'md', 10, 10000)
    await buyer('tuesday')
    await campaign('member-day', MEMBER_DAY)
    await at('2026-03-10')
    expect(await paidOrder('tuesday', 'md')).toBe(200)
    expect(await paidOrder('tuesday', 'md')).toBe(200)
    await at('2026-03-11')
    expect(await paidOrder('tuesday', 'md')).toBe(100)
  })

  test('the birthday month: the first order 3× once, the next one 1×; a Tuesday birthday then falls back to member day’s 2×', async () => {
    await sku(t, 'bm', 10, 10000)
    await buyer('feb', '1996-02-29')
    await campaign('member-day', MEMBER_DAY)
    await campaign('birthday-month', BIRTHDAY_MONTH)
    await at('2028-02-29') // a Tuesday that is the birthday itself
    expect(await paidOrder('feb', 'bm')).toBe(300)
    expect(await paidOrder('feb', 'bm')).toBe(200)
    await at('2028-02-03') // a Thursday of the same month: the 3× is spent
    expect(await paidOrder('feb', 'bm')).toBe(100)
    await at('2029-02-01') // next year's birthday month is another period
    expect(await paidOrder('feb', 'bm')).toBe(300)
  })

  test('two orders of the birthday month paid in parallel: exactly one gets 3×', async () => {
    await sku(t, 'race', 10, 10000)
    await buyer('racer', '1990-05-20')
    await campaign('birthday-month', BIRTHDAY_MONTH)
    await at('2026-05-06')
    const orders = await Promise.all([1, 2, 3].map(() => order(t, 'racer', { lines: [{ skuId: 'race', quantity: 1 }] })))
    await t.dev('POST', 'faults', { conflictRate: 0.2 })
    const paid = await Promise.all(orders.map((o) => act(t, 'order', 'racer', 'pay.simulate', { requestId: rid('pay'), orderId: o.data.order.orderId })))
    await t.dev('POST', 'faults', { conflictRate: 0 })
    expect(paid.map((p) => p.data.order.pointsEarned).sort()).toEqual([100, 100, 300])
  })

  test('11.11: double points that day only; with member day the larger wins, no stacking', async () => {
    await sku(t, 'd11', 10, 10000)
    await buyer('shopper')
    await campaign('double-11', { on: ['order-paid'], rule: { kind: 'dates', from: '2025-11-11', to: '2025-11-11' }, reward: { pointsMultiplier: 2 } })
    await campaign('member-day', MEMBER_DAY)
    await at('2025-11-11') // a Tuesday: 2 and 2 give 2, not 4
    expect(await paidOrder('shopper', 'd11')).toBe(200)
    await at('2025-11-12')
    expect(await paidOrder('shopper', 'd11')).toBe(100)
  })

  test('the till applies the same campaigns as an online payment', async () => {
    await buyer('counter')
    await campaign('member-day', MEMBER_DAY)
    await at('2026-03-10')
    const code = (await act(t, 'member', 'counter', 'code')).data.code
    const reply = await act(t, 'points', STAFF_A, 'till.earn', { receiptNo: rid('rc'), requestId: rid('till'), code, paidFen: 5000 })
    expect(reply).toMatchObject({ ok: true, data: { points: 100, campaign: 'member-day' } })
  })
})

describe('sign-in and once per period', () => {
  test('a member-day campaign gives its coupon and points at sign-in; an order the same day does not give them again', async () => {
    await sku(t, 'once', 10, 10000)
    await buyer('signer')
    await campaign('md-gift', { on: ['signin', 'order-paid'], rule: { kind: 'weekly', weekdays: [2] }, reward: { couponTemplateIds: ['md-gift'], points: 50 } })
    await at('2026-03-10')
    const before = await balanceOf(t, 'signer')
    const signed = await act(t, 'signin', 'signer', 'checkin', { requestId: rid('in') })
    expect(signed.data.reward.couponTitle).toContain('会员日 3 元券')
    expect(await paidOrder('signer', 'once')).toBe(100)
    const coupons = await t.db.collection('coupons').where({ ownerId: 'signer', templateId: 'md-gift' }).count()
    expect(coupons.total).toBe(1)
    const campaignPoints = (await t.db.collection('points_ledger').where({ memberId: 'signer', code: 'earn.campaign' }).get()).data
    expect(campaignPoints.map((e: { amount: number }) => e.amount)).toEqual([50])
    expect(await balanceOf(t, 'signer')).toBe(before + signed.data.reward.points + 50 + 100)
    // The next Tuesday is another period: given again.
    await at('2026-03-17')
    await act(t, 'signin', 'signer', 'checkin', { requestId: rid('in') })
    expect((await t.db.collection('coupons').where({ ownerId: 'signer', templateId: 'md-gift' }).count()).total).toBe(2)
  })
})
