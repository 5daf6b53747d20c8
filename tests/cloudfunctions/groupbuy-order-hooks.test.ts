/**
 * Chain entries follow their orders in the orders' own transactions (the source hook,
 * cloudfunctions/_shared/orders/order-moved.ts): no group-buy call is made between the
 * order moving and the checks below, so the entry, the chain's totals and the leader's
 * commission can only have moved with the order. Timers fire twice and still move them once.
 * And the chain page reads a bounded number of documents whatever the number of entries.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, rid, seedStores } from '../support/fixtures'
import { member, readOrder, trigger } from '../support/orders'
import { chain, entryOf, joinAndPay, joinChain, leader, stockLeft } from '../support/groupbuy'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await leader(t, 'lead-h')
})
afterAll(() => t.close())
afterEach(() => t.dev('DELETE', 'clock'))

const chainDoc = async (chainId: string) => (await t.db.collection('chains').doc(chainId).get()).data
const leaderDoc = async () => (await t.db.collection('leaders').doc('lead-h').get()).data

test('an unpaid chain order that expires cancels its entry once, with the timer firing twice', async () => {
  const c = await chain(t, 'lead-h', 'hook-expire', { stock: 5 })
  await member(t, 'slow')
  const { data } = await joinChain(t, 'slow', c.chainId, 2)
  const before = await chainDoc(c.chainId)
  await t.dev('POST', 'clock', { now: new Date(Date.now() + 16 * 60_000).toISOString() })
  await Promise.all([trigger(t, 'order', 'expireUnpaid'), trigger(t, 'order', 'expireUnpaid')])
  expect(await readOrder(t, data.orderId)).toMatchObject({ status: 'cancelled' })
  expect(await entryOf(t, data.orderId)).toMatchObject({ status: 'cancelled', no: null })
  expect(await stockLeft(t, c.chainId)).toBe(5)
  expect((await chainDoc(c.chainId)).tally).toEqual(before.tally)
})

test('a member cancelling through the orders module cancels the entry in the same transaction', async () => {
  const c = await chain(t, 'lead-h', 'hook-cancel', { stock: 5 })
  await member(t, 'quitter')
  const { data } = await joinChain(t, 'quitter', c.chainId, 1)
  expect(await act(t, 'order', 'quitter', 'cancel', { requestId: rid('cancel'), orderId: data.orderId })).toMatchObject({ ok: true })
  expect(await entryOf(t, data.orderId)).toMatchObject({ status: 'cancelled' })
})

test('a refund settled by the retry timer (fired twice) refunds the entry, its totals and the commission once', async () => {
  const c = await chain(t, 'lead-h', 'hook-refund', { stock: 10 })
  await member(t, 'regret')
  await member(t, 'keeper')
  const orderId = await joinAndPay(t, 'regret', c.chainId, 2)
  await joinAndPay(t, 'keeper', c.chainId, 1)
  expect(await entryOf(t, orderId)).toMatchObject({ status: 'paid', no: 1, commissionFen: 1990 })
  expect((await chainDoc(c.chainId)).tally).toMatchObject({ participants: 2, amountFen: 3 * 19900 })
  const commission = await leaderDoc()
  await act(t, 'order', 'regret', 'refund.request', { requestId: rid('refund'), orderId, reason: '不要了' })
  expect(await entryOf(t, orderId)).toMatchObject({ status: 'refunding' })
  // As if the approval's transaction landed and the function died before calling WeChat Pay.
  const order0 = await readOrder(t, orderId)
  await t.db.collection('orders').doc(orderId).update({ data: { refund: { ...order0.refund, status: 'approved', outRefundNo: `R${orderId}-1` }, refundCount: 1 } })
  await t.db.collection('refunds').doc(`R${orderId}-1`).set({ data: { orderId, memberId: 'regret', kind: 'member', amountFen: 39800, totalFee: 39800, status: 'pending', createdAt: new Date(), settledAt: null } })
  await t.dev('POST', 'clock', { now: new Date(Date.now() + 11 * 60_000).toISOString() })
  await Promise.all([trigger(t, 'order', 'retryRefunds'), trigger(t, 'order', 'retryRefunds')])
  expect(await readOrder(t, orderId)).toMatchObject({ status: 'refunded' })
  expect(await entryOf(t, orderId)).toMatchObject({ status: 'refunded', no: 1, commissionReversed: true })
  expect((await chainDoc(c.chainId)).tally).toMatchObject({ participants: 1, amountFen: 19900, products: { '0': { quantity: 1, entries: 1 } } })
  expect(await leaderDoc()).toMatchObject({ commissionEarnedFen: commission.commissionEarnedFen, commissionReversedFen: commission.commissionReversedFen + 1990 })
})

test('a refund approved by the store moves the entry with the order; a replayed review moves nothing', async () => {
  const c = await chain(t, 'lead-h', 'hook-review', { stock: 10 })
  await member(t, 'undo')
  const orderId = await joinAndPay(t, 'undo', c.chainId, 1)
  await act(t, 'order', 'undo', 'refund.request', { requestId: rid('refund'), orderId, reason: '不要了' })
  const review = { requestId: rid('review'), orderId, approve: true }
  expect(await act(t, 'order', ADMIN, 'refund.review', review)).toMatchObject({ ok: true, data: { order: { status: 'refunded' } } })
  expect(await act(t, 'order', ADMIN, 'refund.review', review)).toMatchObject({ ok: true })
  expect(await entryOf(t, orderId)).toMatchObject({ status: 'refunded' })
  expect((await chainDoc(c.chainId)).tally).toMatchObject({ participants: 0, amountFen: 0 })
})

test('the chain page and the leader tools read a bounded number of documents, whatever the number of entries', async () => {
  const requests = async (openid: string, action: string, chainId: string) => {
    const before = t.cloud.db.stats.requests
    expect(await act(t, 'groupbuy', openid, action, { chainId })).toMatchObject({ ok: true })
    return t.cloud.db.stats.requests - before
  }
  const small = await chain(t, 'lead-h', 'hook-small', { stock: 5000 })
  const big = await chain(t, 'lead-h', 'hook-big', { stock: 5000 })
  await member(t, 'looker')
  for (const [c, n] of [[small, 3], [big, 260]] as const) {
    for (let no = 1; no <= n; no++) {
      // Paid entries whose orders are unpaid-looking: a view that re-read orders would touch each one.
      await t.db.collection('chain_entries').doc(`${c.chainId}-${no}`).set({
        data: { chainId: c.chainId, leaderId: 'lead-h', memberId: `n${no}`, name: `邻居${no}`, phone: null, pickupPoint: '徐汇店', lines: [{ key: '0', name: '智利车厘子', quantity: 1, unitFen: 19900 }], amountFen: 19900, status: no % 2 ? 'paid' : 'unpaid', no: no % 2 ? no : null, createdAt: new Date(), payBy: new Date(), paidAt: null, commissionFen: 0, commissionReversed: false },
      })
    }
  }
  for (const [who, action] of [['looker', 'get'], ['lead-h', 'get'], ['lead-h', 'summary'], ['lead-h', 'picklist'], ['lead-h', 'export']]) {
    expect([action, await requests(who, action, big.chainId)]).toEqual([action, await requests(who, action, small.chainId)])
  }
  expect(await requests('looker', 'get', big.chainId)).toBeLessThanOrEqual(12)
})
