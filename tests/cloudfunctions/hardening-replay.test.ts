/**
 * Issue 10 item 3: every action that takes a scanned code answers a replay (same
 * requestId) with its first reply at any age; only a new request meets the code's
 * 60-second window. Otherwise a retry after a minute answers CODE_EXPIRED to an action
 * that succeeded, and the cashier scans a fresh code and awards twice.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { STAFF_A, act, join, rid, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await join(t, 'patient')
  await t.db.collection('coupon_templates').doc('in-store').set({
    data: { title: '到店 5 元', kind: 'cash', amountFen: 500, channel: 'store', scope: { kind: 'all' }, validity: { kind: 'days', days: 30 }, stock: 100, left: 100, perMemberLimit: 10, issuedBy: 'center', refundable: true, enabled: true },
  })
  await t.db.collection('coupon_templates').doc('sorry').set({
    data: { title: '致歉券', kind: 'cash', amountFen: 300, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 30 }, stock: 100, left: 100, perMemberLimit: 10, issuedBy: 'staff', refundable: true, enabled: true },
  })
})
afterAll(() => t.close())
afterEach(() => t.dev('DELETE', 'clock'))

const SCANNED = '2026-12-02T02:00:00.000Z'
const later = (ms: number) => new Date(Date.parse(SCANNED) + ms).toISOString()

const memberCode = async () => (await act(t, 'member', 'patient', 'code')).data.code
async function couponCode() {
  const { data } = await act(t, 'coupon', 'patient', 'claim', { requestId: rid('claim'), templateId: 'in-store' })
  return (await act(t, 'coupon', 'patient', 'code', { couponId: data.coupon.id })).data.code
}

const actions: [string, string, string, () => Promise<string>, Record<string, unknown>][] = [
  ['till earn', 'points', 'till.earn', memberCode, { paidFen: 2500, receiptNo: 'R-REPLAY-1' }],
  ['staff gift', 'coupon', 'gift', memberCode, { templateId: 'sorry' }],
  ['coupon redeem', 'coupon', 'redeem', couponCode, {}],
  ['member verifyCode', 'member', 'verifyCode', memberCode, { purpose: 'lookup' }],
]

test.each(actions)('%s: a retry after 61 s, and after a day, gets the first reply; a new request with the old code is refused', async (_name, fn, action, codeOf, extra) => {
  await t.dev('POST', 'clock', { now: SCANNED })
  const code = await codeOf()
  const requestId = rid('retry')
  const first = await act(t, fn, STAFF_A, action, { requestId, code, ...extra })
  expect(first.ok).toBe(true)
  const ledger = (await t.db.collection('points_ledger').where({ memberId: 'patient' }).count()).total
  const coupons = (await t.db.collection('coupons').where({ ownerId: 'patient' }).count()).total
  for (const ms of [61_000, 24 * 3600_000]) {
    await t.dev('POST', 'clock', { now: later(ms) })
    expect(await act(t, fn, STAFF_A, action, { requestId, code, ...extra })).toEqual(first)
  }
  expect((await t.db.collection('points_ledger').where({ memberId: 'patient' }).count()).total).toBe(ledger)
  expect((await t.db.collection('coupons').where({ ownerId: 'patient' }).count()).total).toBe(coupons)
  // Freshness still holds for anything that is not a replay.
  await t.dev('POST', 'clock', { now: SCANNED })
  const unused = await codeOf()
  await t.dev('POST', 'clock', { now: later(61_000) })
  expect(await act(t, fn, STAFF_A, action, { requestId: rid('new'), code: unused, ...extra })).toMatchObject({ ok: false, code: 'MEMBER.CODE_EXPIRED' })
})
