/**
 * Chain orders apply membership by the checkout's rule (issue 14): the chain price is the
 * base, a tier member price below it applies, then the coupon the member picked, then points.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { rid, seedStores } from '../support/fixtures'
import { act, balanceOf, cashCoupon, couponStatus, member, readOrder } from '../support/orders'
import { chain, entryOf, leader, pay, stockLeft } from '../support/groupbuy'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await leader(t, 'lead-m')
})
afterAll(() => t.close())

/** A chain at 199 元 whose SKU has a silver member price of 189 元 (and a dearer one for normal members). */
async function memberPricedChain(id: string) {
  const c = await chain(t, 'lead-m', id)
  await t.db.collection('skus').doc(id).update({ data: { memberPrices: { normal: 20900, silver: 18900 } } })
  return c
}

async function silver(openid: string, points: number) {
  await member(t, openid, points)
  await t.db.collection('members').doc(openid).update({ data: { tier: 'silver' } })
  await cashCoupon(t, `${openid}-5`, openid, 500)
}

const lines = [{ key: '0', quantity: 2 }]
const ledgerSum = async (openid: string) => ((await t.db.collection('points_ledger').where({ memberId: openid }).limit(1000).get()).data as { amount: number }[]).reduce((s, e) => s + e.amount, 0)

test.each([
  // tier, unit price paid: the lower of the chain price (19900) and the tier's member price
  ['normal', 19900], // normal's member price 20900 is above the chain price: the chain price holds
  ['silver', 18900],
  ['gold', 18900], // no gold price: the nearest lower tier's (silver)
])('a %s member pays %i a unit', async (tier, unit) => {
  const c = await memberPricedChain(`plum-${tier}`)
  await member(t, `tier-${tier}`)
  await t.db.collection('members').doc(`tier-${tier}`).update({ data: { tier } })
  const preview = await act(t, 'groupbuy', `tier-${tier}`, 'join.preview', { chainId: c.chainId, lines, couponId: null })
  expect(preview).toMatchObject({ ok: true, data: { lines: [{ listPriceFen: 19900, unitPriceFen: unit, lineFen: unit * 2 }], money: { subtotalFen: unit * 2, payableFen: unit * 2 } } })
})

test('a silver member with a coupon and points pays the right amount; money and points are conserved', async () => {
  const c = await memberPricedChain('plum-s')
  await silver('silvia', 50_000)
  const preview = await act(t, 'groupbuy', 'silvia', 'join.preview', { chainId: c.chainId, lines, usePoints: true })
  // 2 × 189 = 378; the best coupon −5; points on 373: at most half, whole yuan → 186 元 = 18600 points; pays 187.
  const money = { subtotalFen: 37800, couponFen: 500, pointsFen: 18600, pointsUsed: 18600, payableFen: 18700 }
  expect(preview).toMatchObject({ ok: true, data: { money, coupons: { chosen: { couponId: 'silvia-5', discountFen: 500 } }, points: { balance: 50_000, maxPoints: 18600 } } })

  const joined = await act(t, 'groupbuy', 'silvia', 'join', { requestId: rid('j'), chainId: c.chainId, lines, couponId: 'silvia-5', usePoints: true, expectedPayableFen: 18700 })
  expect(joined).toMatchObject({ ok: true, data: { amountFen: 18700 } })
  const orderId = joined.data.orderId
  expect((await readOrder(t, orderId)).money).toEqual(money)
  expect(money.payableFen + money.couponFen + money.pointsFen).toBe(money.subtotalFen)
  expect(await couponStatus(t, 'silvia-5')).toBe('locked')
  expect(await balanceOf(t, 'silvia')).toBe(50_000 - 18600)

  expect(await pay(t, 'silvia', orderId)).toMatchObject({ ok: true })
  const paid = await readOrder(t, orderId)
  expect(paid).toMatchObject({ status: 'awaiting_pickup', couponId: 'silvia-5' })
  expect(await couponStatus(t, 'silvia-5')).toBe('used')
  // Points earned on what was paid, and the balance is the sum of the ledger.
  expect(paid.pointsEarned).toBeGreaterThan(0)
  expect(await balanceOf(t, 'silvia')).toBe(50_000 - 18600 + paid.pointsEarned)
  expect(await ledgerSum('silvia')).toBe(await balanceOf(t, 'silvia'))
  // The entry counts the goods at the member's price; the leader's commission is on what was paid.
  expect(await entryOf(t, orderId)).toMatchObject({ no: 1, amountFen: 37800, commissionFen: 935, lines: [{ key: '0', quantity: 2, unitFen: 18900 }] })
  const got = (await act(t, 'groupbuy', 'silvia', 'get', { chainId: c.chainId })).data
  expect(got.chain).toMatchObject({ participants: 1, totals: [{ quantity: 2, amountFen: 37800, entries: 1 }] })
  // Her own entry shows both: the goods (378) and what she paid after coupon and points (187).
  expect(got.mine).toEqual([expect.objectContaining({ entryId: orderId, amountFen: 37800, payableFen: 18700, status: 'paid' })])
})

test('cancelling an unpaid chain order gives back the coupon, the points and the chain stock', async () => {
  const c = await memberPricedChain('plum-c')
  await silver('quits', 10_000)
  const joined = await act(t, 'groupbuy', 'quits', 'join', { requestId: rid('j'), chainId: c.chainId, lines, couponId: 'quits-5', usePoints: true })
  expect(joined.ok).toBe(true)
  expect(await couponStatus(t, 'quits-5')).toBe('locked')
  expect(await act(t, 'groupbuy', 'quits', 'entry.cancel', { requestId: rid('x'), entryId: joined.data.orderId })).toMatchObject({ ok: true, data: { entry: { status: 'cancelled' } } })
  expect(await couponStatus(t, 'quits-5')).toBe('available')
  expect(await balanceOf(t, 'quits')).toBe(10_000)
  expect(await stockLeft(t, c.chainId)).toBe(10)
})

test('a join without a coupon id uses none; the best is only previewed', async () => {
  const c = await memberPricedChain('plum-n')
  await silver('plain', 0)
  const joined = await act(t, 'groupbuy', 'plain', 'join', { requestId: rid('j'), chainId: c.chainId, lines })
  expect(joined).toMatchObject({ ok: true, data: { amountFen: 37800 } })
  expect(await couponStatus(t, 'plain-5')).toBe('available')
})

describe('bad input changes nothing', () => {
  test('a moved price, someone else’s coupon, an unknown coupon', async () => {
    const c = await memberPricedChain('plum-b')
    await silver('careful', 0)
    await silver('other', 0)
    const base = { chainId: c.chainId, lines }
    expect(await act(t, 'groupbuy', 'careful', 'join', { ...base, requestId: rid('j'), expectedPayableFen: 39800 })).toMatchObject({ ok: false, code: 'ORDER.PRICE_CHANGED' })
    expect(await act(t, 'groupbuy', 'careful', 'join', { ...base, requestId: rid('j'), couponId: 'other-5' })).toMatchObject({ ok: false, code: 'ORDER.COUPON_NOT_USABLE' })
    expect(await act(t, 'groupbuy', 'careful', 'join.preview', { ...base, couponId: 'no-such' })).toMatchObject({ ok: false, code: 'ORDER.COUPON_NOT_USABLE' })
    expect(await act(t, 'groupbuy', 'careful', 'join.preview', { ...base, lines: [{ key: '0', quantity: 6 }] })).toMatchObject({ ok: false, code: 'GROUPBUY.OVER_LIMIT' })
    expect(await act(t, 'groupbuy', 'visitor-z', 'join.preview', base)).toMatchObject({ ok: false })
    expect(await stockLeft(t, c.chainId)).toBe(10)
    expect(await couponStatus(t, 'other-5')).toBe('available')
    expect((await t.db.collection('chain_entries').where({ chainId: c.chainId }).count()).total).toBe(0)
  })
})

test('nothing to pay (the coupon covers it all): paid at once, and the entry takes its number in that transaction', async () => {
  const c = await memberPricedChain('plum-z')
  await member(t, 'lucky')
  await cashCoupon(t, 'lucky-big', 'lucky', 50_000)
  const joined = await act(t, 'groupbuy', 'lucky', 'join', { requestId: rid('j'), chainId: c.chainId, lines: [{ key: '0', quantity: 1 }], couponId: 'lucky-big', expectedPayableFen: 0 })
  expect(joined).toMatchObject({ ok: true, data: { amountFen: 0 } })
  expect(await readOrder(t, joined.data.orderId)).toMatchObject({ status: 'awaiting_pickup', money: { subtotalFen: 19900, couponFen: 19900, payableFen: 0 } })
  expect(await couponStatus(t, 'lucky-big')).toBe('used')
  expect(await entryOf(t, joined.data.orderId)).toMatchObject({ no: 1, status: 'paid', commissionFen: 0 })
})
