import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { seedStores, STAFF_A, STAFF_B } from '../support/fixtures'
import { act, balanceOf, ledgerCount, member, notify, order, paidNotification, readOrder, rid, sku, stockOf, trigger } from '../support/orders'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.db.collection('settings').doc('points').set({ data: { ratePerYuan: 1, campaigns: [{ id: 'double', name: '双倍积分', multiplier: 2 }] } })
})
afterAll(() => t.close())
afterEach(() => t.dev('DELETE', 'clock'))

async function unpaid(openid: string, skuId: string, priceFen = 5000) {
  await sku(t, skuId, 10, priceFen)
  await member(t, openid)
  const reply = await order(t, openid, { lines: [{ skuId, quantity: 1 }] })
  expect(reply.ok).toBe(true)
  return reply.data.order.orderId as string
}

const count = async (coll: string, where: Record<string, unknown>) => (await t.db.collection(coll).where(where).count()).total

test('a payment notification sent 5 times in parallel records one payment and earns points once (campaign ×2)', async () => {
  const orderId = await unpaid('payer', 'peach')
  const event = paidNotification(orderId, 5000)
  const replies = await Promise.all(Array.from({ length: 5 }, () => notify(t, event)))
  expect(replies).toEqual(Array.from({ length: 5 }, () => ({ errcode: 0, errmsg: '' })))
  expect(await count('payments', { orderId })).toBe(1)
  expect(await ledgerCount(t, 'payer', 'earn.order')).toBe(1)
  expect(await balanceOf(t, 'payer')).toBe(100)
  expect(await readOrder(t, orderId)).toMatchObject({ status: 'awaiting_pickup', pointsEarned: 100, growthEarned: 50 })
  // WeChat resends it the next day: still once.
  expect(await notify(t, event)).toEqual({ errcode: 0, errmsg: '' })
  expect(await ledgerCount(t, 'payer', 'earn.order')).toBe(1)
})

test('a forged notification (unsigned, wrong signature or tampered amount) is refused and changes nothing', async () => {
  const orderId = await unpaid('victim', 'apricot')
  const good = paidNotification(orderId, 5000)
  const { localSignature: _sig, ...unsigned } = good
  expect((await notify(t, unsigned)).errcode).not.toBe(0)
  expect((await notify(t, { ...good, localSignature: 'x'.repeat(43) })).errcode).not.toBe(0)
  expect((await notify(t, { ...good, totalFee: 1 })).errcode).not.toBe(0)
  expect((await notify(t, { action: 'create' })).errcode).not.toBe(0)
  expect(await readOrder(t, orderId)).toMatchObject({ status: 'unpaid', paidAt: null })
  expect(await count('payments', { orderId })).toBe(0)
})

test('a payment of the wrong amount does not pay the order and is refunded in full', async () => {
  const orderId = await unpaid('short', 'guava')
  expect(await notify(t, paidNotification(orderId, 4999))).toEqual({ errcode: 0, errmsg: '' })
  expect(await readOrder(t, orderId)).toMatchObject({ status: 'unpaid', latePayment: { amountFen: 4999, refunded: true } })
  expect(await count('refunds', { orderId, kind: 'amount-mismatch', status: 'settled' })).toBe(1)
})

test('a payment that arrives after the auto-cancel is refunded automatically, exactly once', async () => {
  const orderId = await unpaid('late', 'lychee')
  await t.dev('POST', 'clock', { now: new Date(Date.now() + 16 * 60_000).toISOString() })
  await trigger(t, 'order', 'expireUnpaid')
  expect((await readOrder(t, orderId)).status).toBe('cancelled')
  expect(await stockOf(t, 'lychee')).toBe(10)
  const event = paidNotification(orderId, 5000)
  const replies = await Promise.all(Array.from({ length: 4 }, () => notify(t, event)))
  expect(replies.every((r) => r.errcode === 0)).toBe(true)
  expect(await readOrder(t, orderId)).toMatchObject({ status: 'cancelled', latePayment: { amountFen: 5000, refunded: true } })
  expect(await count('refunds', { orderId })).toBe(1)
  expect(await count('pay_sim', { outTradeNo: orderId })).toBe(1)
  expect(await ledgerCount(t, 'late', 'earn.order')).toBe(0)
  expect(await stockOf(t, 'lychee')).toBe(10)
})

test('模拟支付 with 超时后到账 and 重复通知: the order times out first, the payment is refunded once', async () => {
  const orderId = await unpaid('dawdler', 'papaya')
  const reply = await act(t, 'order', 'dawdler', 'pay.simulate', { requestId: rid('sim'), orderId, late: true, duplicate: true })
  expect(reply.data.notifications).toEqual([{ errcode: 0, errmsg: '' }, { errcode: 0, errmsg: '' }])
  expect(reply.data.order).toMatchObject({ status: 'cancelled', latePayment: { amountFen: 5000, refunded: true } })
  expect(await count('refunds', { orderId })).toBe(1)
})

test('the timer finds a payment whose notification has not come yet: the order is paid, not cancelled', async () => {
  const orderId = await unpaid('quiet', 'durian')
  // The simulated service took the money; its notification is lost in transit.
  await t.db.collection('pay_sim').doc(`t:${orderId}`).set({ data: { state: 'SUCCESS', transactionId: `4200${orderId}`, totalFee: 5000 } })
  await t.dev('POST', 'clock', { now: new Date(Date.now() + 16 * 60_000).toISOString() })
  await trigger(t, 'order', 'expireUnpaid')
  expect(await readOrder(t, orderId)).toMatchObject({ status: 'awaiting_pickup', transactionId: `4200${orderId}` })
  expect(await notify(t, paidNotification(orderId, 5000))).toEqual({ errcode: 0, errmsg: '' })
  expect(await count('payments', { orderId })).toBe(1)
})

test('a refund whose call was lost is asked for again by the timer, under the same out_refund_no, once', async () => {
  const orderId = await unpaid('forgotten', 'sloe')
  await act(t, 'order', 'forgotten', 'pay.simulate', { requestId: rid('pay'), orderId })
  await act(t, 'order', 'forgotten', 'refund.request', { requestId: rid('refund'), orderId, reason: '不要了' })
  // As if the approval's transaction landed and the function died before calling WeChat Pay.
  const order0 = await readOrder(t, orderId)
  await t.db.collection('orders').doc(orderId).update({ data: { refund: { ...order0.refund, status: 'approved', outRefundNo: `R${orderId}-1` }, refundCount: 1 } })
  await t.db.collection('refunds').doc(`R${orderId}-1`).set({ data: { orderId, memberId: 'forgotten', kind: 'member', amountFen: 5000, totalFee: 5000, status: 'pending', createdAt: new Date(), settledAt: null } })
  expect((await trigger(t, 'order', 'retryRefunds')).data.retried).toBe(0)
  await t.dev('POST', 'clock', { now: new Date(Date.now() + 11 * 60_000).toISOString() })
  await Promise.all([trigger(t, 'order', 'retryRefunds'), trigger(t, 'order', 'retryRefunds')])
  expect(await readOrder(t, orderId)).toMatchObject({ status: 'refunded', refundedFen: 5000 })
  expect(await count('pay_sim', { outTradeNo: orderId })).toBe(1)
  expect(await ledgerCount(t, 'forgotten', 'reverse.refund')).toBe(1)
})

test('cancelling an order that was just paid (its notification still on the way) gives a paid order', async () => {
  const orderId = await unpaid('hasty', 'jujube')
  await t.db.collection('pay_sim').doc(`t:${orderId}`).set({ data: { state: 'SUCCESS', transactionId: `4200${orderId}`, totalFee: 5000 } })
  expect(await act(t, 'order', 'hasty', 'cancel', { requestId: rid('cancel'), orderId })).toMatchObject({ ok: false, code: 'ORDER.BAD_STATE', message: '订单已支付，不能取消' })
  expect(await readOrder(t, orderId)).toMatchObject({ status: 'awaiting_pickup', latePayment: null })
  expect(await stockOf(t, 'jujube')).toBe(9)
})

describe('store pickup', () => {
  test('the member shows the code, staff of the store verify it once; shipping info goes to the outbox', async () => {
    const orderId = await unpaid('picker', 'quince')
    await act(t, 'order', 'picker', 'pay.simulate', { requestId: rid('pay'), orderId })
    const code = await act(t, 'order', 'picker', 'pickup.code', { orderId })
    expect(code).toMatchObject({ ok: true, data: { shortCode: expect.stringMatching(/^\d{6}$/), refreshAfterMs: 30000 } })
    expect(await act(t, 'order', STAFF_B, 'pickup.verify', { requestId: rid(), code: code.data.code })).toMatchObject({ ok: false, code: 'ORDER.WRONG_STORE' })
    expect(await act(t, 'order', 'picker', 'pickup.verify', { requestId: rid(), code: code.data.code })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await act(t, 'order', STAFF_A, 'pickup.verify', { requestId: rid(), code: 'P.x.y.z.w.v' })).toMatchObject({ ok: false, code: 'ORDER.PICKUP_CODE_INVALID' })
    const requestId = rid('verify')
    const verified = await act(t, 'order', STAFF_A, 'pickup.verify', { requestId, code: code.data.shortCode })
    expect(verified).toMatchObject({ ok: true, data: { order: { status: 'picked_up', statusText: '已取货' } } })
    expect(await act(t, 'order', STAFF_A, 'pickup.verify', { requestId, code: code.data.shortCode })).toEqual(verified)
    expect(await act(t, 'order', STAFF_A, 'pickup.verify', { requestId: rid(), code: code.data.code })).toMatchObject({ ok: false, code: 'ORDER.BAD_STATE' })
    const { messages } = await t.dev('GET', 'outbox')
    const { transactionId } = await readOrder(t, orderId)
    const shipped = messages.filter((m: any) => m.kind === 'uploadShippingInfo' && m.order_key.transaction_id === transactionId)
    expect(shipped).toHaveLength(1)
    expect(shipped[0]).toMatchObject({ logistics_type: 4, shipping_list: [{ item_desc: expect.stringContaining('商品 quince') }] })
  })

  test('an expired pickup code is refused', async () => {
    const orderId = await unpaid('slowpoke', 'olive')
    await act(t, 'order', 'slowpoke', 'pay.simulate', { requestId: rid('pay'), orderId })
    const code = await act(t, 'order', 'slowpoke', 'pickup.code', { orderId })
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 2 * 60_000).toISOString() })
    expect(await act(t, 'order', STAFF_A, 'pickup.verify', { requestId: rid(), code: code.data.code })).toMatchObject({ ok: false, code: 'ORDER.PICKUP_CODE_EXPIRED' })
    expect(await act(t, 'order', STAFF_A, 'pickup.verify', { requestId: rid(), code: code.data.shortCode })).toMatchObject({ ok: false, code: 'ORDER.PICKUP_CODE_INVALID' })
  })
})

test('the order list by tab, newest first, with server time for the countdown', async () => {
  await sku(t, 'berry', 50, 1000)
  await member(t, 'lister')
  const ids = []
  for (let i = 0; i < 3; i++) ids.push((await order(t, 'lister', { lines: [{ skuId: 'berry', quantity: 1 }] })).data.order.orderId)
  await act(t, 'order', 'lister', 'pay.simulate', { requestId: rid('pay'), orderId: ids[0] })
  const unpaidTab = await act(t, 'order', 'lister', 'list', { tab: '待付款', limit: 1 })
  expect(unpaidTab.data.items.map((o: any) => o.orderId)).toEqual([ids[2]])
  const next = await act(t, 'order', 'lister', 'list', { tab: '待付款', limit: 1, cursor: unpaidTab.data.nextCursor })
  expect(next.data.items.map((o: any) => o.orderId)).toEqual([ids[1]])
  expect((await act(t, 'order', 'lister', 'list', { tab: '待取货' })).data.items.map((o: any) => o.orderId)).toEqual([ids[0]])
  expect(unpaidTab.data.now).toEqual(expect.any(String))
})
