import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { seedStores, STAFF_A } from '../support/fixtures'
import { act, balanceOf, cashCoupon, couponStatus, ledgerCount, member, order, readOrder, rid, sku, stockOf, trigger } from '../support/orders'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(async () => {
  await t.dev('POST', 'faults', { conflictRate: 0 })
  await t.dev('DELETE', 'clock')
})

describe('create', () => {
  test('takes the stock, locks the coupon and holds the points; the money adds up', async () => {
    await sku(t, 'kiwi', 10, 3000)
    await member(t, 'buyer', 5000)
    await cashCoupon(t, 'buyer-5', 'buyer')
    const preview = await act(t, 'order', 'buyer', 'preview', { lines: [{ skuId: 'kiwi', quantity: 2 }], fulfilment: { kind: 'pickup', storeId: 'store-a' }, usePoints: true })
    expect(preview).toMatchObject({ ok: true, data: { money: { subtotalFen: 6000, couponFen: 500, pointsFen: 2700, pointsUsed: 2700, payableFen: 2800 }, coupons: { chosen: { couponId: 'buyer-5' } } } })
    const reply = await order(t, 'buyer', { lines: [{ skuId: 'kiwi', quantity: 2 }], usePoints: true, expectedPayableFen: 2800 })
    expect(reply).toMatchObject({ ok: true, data: { order: { status: 'unpaid', statusText: '待付款', money: { payableFen: 2800 }, coupon: { couponId: 'buyer-5' }, secondsToPay: 900, canCancel: true } } })
    expect(await stockOf(t, 'kiwi')).toBe(8)
    expect(await couponStatus(t, 'buyer-5')).toBe('locked')
    expect(await balanceOf(t, 'buyer')).toBe(2300)
  })

  test('a retried create (same requestId, 8 in parallel) creates one order and takes the stock once', async () => {
    await sku(t, 'lime', 10)
    await member(t, 'tapper')
    const requestId = rid('tap')
    const replies = await Promise.all(Array.from({ length: 8 }, () => order(t, 'tapper', { lines: [{ skuId: 'lime', quantity: 3 }] }, requestId)))
    expect(new Set(replies.map((r) => r.ok && r.data.order.orderId)).size).toBe(1)
    expect((await t.db.collection('orders').where({ memberId: 'tapper' }).count()).total).toBe(1)
    expect(await stockOf(t, 'lime')).toBe(7)
  })

  test('nothing to pay (the coupon covers it all): paid at once, coupon used; order.pay refuses', async () => {
    await sku(t, 'free', 5, 500)
    await member(t, 'lucky')
    await cashCoupon(t, 'lucky-5', 'lucky', 500)
    const reply = await order(t, 'lucky', { lines: [{ skuId: 'free', quantity: 1 }] })
    expect(reply.data.order).toMatchObject({ status: 'awaiting_pickup', money: { payableFen: 0, couponFen: 500 }, hasPickupCode: true })
    expect(await couponStatus(t, 'lucky-5')).toBe('used')
    expect(await act(t, 'order', 'lucky', 'pay', { orderId: reply.data.order.orderId })).toMatchObject({ ok: false, code: 'ORDER.BAD_STATE' })
  })

  test('order.pay in local mode: the client shows 模拟支付', async () => {
    await sku(t, 'nut', 5, 800)
    await member(t, 'payee')
    const { data } = await order(t, 'payee', { lines: [{ skuId: 'nut', quantity: 1 }] })
    expect(await act(t, 'order', 'payee', 'pay', { orderId: data.order.orderId })).toMatchObject({ ok: true, data: { mode: 'local', payment: null, order: { status: 'unpaid' } } })
  })

  test('the price moved since the preview: refused, nothing held', async () => {
    await sku(t, 'plum', 5, 1200)
    await member(t, 'careful')
    expect(await order(t, 'careful', { lines: [{ skuId: 'plum', quantity: 1 }], expectedPayableFen: 1000 })).toMatchObject({ ok: false, code: 'ORDER.PRICE_CHANGED' })
    expect(await stockOf(t, 'plum')).toBe(5)
  })

  test('the last unit, contested by 50 buyers, gives exactly one order; the rest are told it sold out', async () => {
    await sku(t, 'last', 1, 9900)
    const buyers = Array.from({ length: 50 }, (_, i) => `crowd-${i}`)
    await Promise.all(buyers.map((b) => member(t, b)))
    await t.dev('POST', 'faults', { conflictRate: 0.2 })
    const replies = await Promise.all(buyers.map((b) => order(t, b, { lines: [{ skuId: 'last', quantity: 1 }] })))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(new Set(replies.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['ORDER.SOLD_OUT']))
    expect(await stockOf(t, 'last')).toBe(0)
    expect((await t.db.collection('orders').where({ memberId: t.db.command.in(buyers) }).count()).total).toBe(1)
  })
})

describe('bad input changes nothing', () => {
  beforeAll(async () => {
    await sku(t, 'pear', 5)
    await member(t, 'bad')
  })
  test.each([-1, 0, 1.5, 100, 1e9, '2', null])('quantity %p', async (quantity) => {
    expect(await order(t, 'bad', { lines: [{ skuId: 'pear', quantity }] })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    expect(await stockOf(t, 'pear')).toBe(5)
  })
  test('two lines of one SKU over the limit together', async () => {
    expect(await order(t, 'bad', { lines: [{ skuId: 'pear', quantity: 60 }, { skuId: 'pear', quantity: 60 }] })).toMatchObject({ ok: false, code: 'ORDER.INVALID_QUANTITY' })
  })
  test('an unknown SKU, an operator for an id, an unknown store', async () => {
    expect(await order(t, 'bad', { lines: [{ skuId: 'no-such', quantity: 1 }] })).toMatchObject({ ok: false, code: 'ORDER.SKU_NOT_FOUND' })
    expect(await order(t, 'bad', { lines: [{ skuId: { $gt: '' }, quantity: 1 }] })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    expect(await order(t, 'bad', { lines: [{ skuId: 'pear', quantity: 1 }], fulfilment: { kind: 'pickup', storeId: 'nowhere' } })).toMatchObject({ ok: false, code: 'ORDER.STORE_NOT_FOUND' })
    expect(await stockOf(t, 'pear')).toBe(5)
  })
  test('a product taken off sale cannot be bought from an old cart or link', async () => {
    await sku(t, 'retired-plum', 5)
    await t.db.collection('products').doc('p-retired-plum').update({ data: { onSale: false } })
    expect(await order(t, 'bad', { lines: [{ skuId: 'retired-plum', quantity: 1 }] })).toMatchObject({ ok: false, code: 'ORDER.SKU_NOT_FOUND', message: '商品不存在或已下架' })
    expect(await stockOf(t, 'retired-plum')).toBe(5)
  })
  test("someone else's order is not found", async () => {
    const mine = await order(t, 'bad', { lines: [{ skuId: 'pear', quantity: 1 }] })
    await member(t, 'nosy')
    const orderId = mine.data.order.orderId
    expect(await act(t, 'order', 'nosy', 'detail', { orderId })).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' })
    expect(await act(t, 'order', 'nosy', 'cancel', { requestId: rid(), orderId })).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' })
    expect(await act(t, 'order', 'nosy', 'refund.request', { requestId: rid(), orderId, reason: '不想要了' })).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' })
    expect(await act(t, 'order', 'nosy', 'pay.simulate', { requestId: rid(), orderId })).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' })
    expect((await readOrder(t, orderId)).status).toBe('unpaid')
  })
})

describe('cancel, expiry and refund give back stock, coupon and points exactly once', () => {
  async function held(openid: string, skuId: string) {
    await sku(t, skuId, 10, 3000)
    await member(t, openid, 3000)
    await cashCoupon(t, `${openid}-c`, openid)
    const reply = await order(t, openid, { lines: [{ skuId, quantity: 2 }], usePoints: true })
    expect(reply.ok).toBe(true)
    expect(await stockOf(t, skuId)).toBe(8)
    return reply.data.order.orderId as string
  }
  async function allBack(openid: string, skuId: string) {
    expect(await stockOf(t, skuId)).toBe(10)
    expect(await couponStatus(t, `${openid}-c`)).toBe('available')
    expect(await balanceOf(t, openid)).toBe(3000)
    expect(await ledgerCount(t, openid, 'return.order')).toBe(1)
  }

  test('cancel, sent 6 times in parallel with different requestIds', async () => {
    const orderId = await held('quitter', 'fig')
    const replies = await Promise.all(Array.from({ length: 6 }, () => act(t, 'order', 'quitter', 'cancel', { requestId: rid('cancel'), orderId })))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).every((r) => r.code === 'ORDER.BAD_STATE' || r.code === 'COMMON.BUSY')).toBe(true)
    expect((await readOrder(t, orderId)).status).toBe('cancelled')
    await allBack('quitter', 'fig')
  })

  test('expiry after 15 minutes, the timer firing twice at once, asks the payment service first', async () => {
    const orderId = await held('sleeper', 'date')
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 14 * 60_000).toISOString() })
    expect((await trigger(t, 'order', 'expireUnpaid')).data.cancelled).toBe(0)
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 2 * 60_000).toISOString() })
    // (Unpaid orders of earlier tests expire too.)
    const runs = await Promise.all([trigger(t, 'order', 'expireUnpaid'), trigger(t, 'order', 'expireUnpaid')])
    expect(runs.every((r) => r.ok)).toBe(true)
    const expired = await readOrder(t, orderId)
    expect(expired).toMatchObject({ status: 'cancelled', cancelReason: '超时未支付，已自动取消' })
    expect(expired.history.filter((h: { status: string }) => h.status === 'cancelled')).toHaveLength(1)
    await allBack('sleeper', 'date')
    expect((await trigger(t, 'order', 'expireUnpaid')).data.cancelled).toBe(0)
    await allBack('sleeper', 'date')
  })

  test('expiry still cancels when the coupon lock lapsed and the coupon went elsewhere', async () => {
    const orderId = await held('lapsed', 'sorb')
    await t.db.collection('coupons').doc('lapsed-c').update({ data: { status: 'used', lockedBy: null, usedByOrderId: 'another-order' } })
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 16 * 60_000).toISOString() })
    await trigger(t, 'order', 'expireUnpaid')
    expect((await readOrder(t, orderId)).status).toBe('cancelled')
    expect(await stockOf(t, 'sorb')).toBe(10)
    expect(await balanceOf(t, 'lapsed')).toBe(3000)
    expect(await couponStatus(t, 'lapsed-c')).toBe('used')
  })

  test('a full refund: approved twice in parallel, settled by its notification once', async () => {
    const orderId = await held('returner', 'yuzu')
    const paid = await act(t, 'order', 'returner', 'pay.simulate', { requestId: rid('pay'), orderId })
    expect(paid.data.order).toMatchObject({ status: 'awaiting_pickup', pointsEarned: 28 })
    expect(await couponStatus(t, 'returner-c')).toBe('used')
    expect(await balanceOf(t, 'returner')).toBe(3000 - 2700 + 28)
    const asked = await act(t, 'order', 'returner', 'refund.request', { requestId: rid('refund'), orderId, reason: '买多了' })
    expect(asked.data.order).toMatchObject({ status: 'refunding', refund: { status: 'requested', amountFen: 2800 } })
    const reviews = await Promise.all([STAFF_A, STAFF_A].map((s) => act(t, 'order', s, 'refund.review', { requestId: rid('review'), orderId, approve: true })))
    expect(reviews.filter((r) => r.ok)).toHaveLength(1)
    expect(await readOrder(t, orderId)).toMatchObject({ status: 'refunded', refundedFen: 2800, pointsReversed: 28 })
    await allBack('returner', 'yuzu')
    expect(await ledgerCount(t, 'returner', 'reverse.refund')).toBe(1)
    expect((await t.db.collection('refunds').where({ orderId }).count()).total).toBe(1)
  })

  test('a partial refund returns money and a share of the earned points, not the coupon or stock', async () => {
    const orderId = await held('halfway', 'lemon')
    await act(t, 'order', 'halfway', 'pay.simulate', { requestId: rid('pay'), orderId })
    await act(t, 'order', 'halfway', 'refund.request', { requestId: rid('refund'), orderId, amountFen: 1400, reason: '少了一个' })
    const review = await act(t, 'order', STAFF_A, 'refund.review', { requestId: rid('review'), orderId, approve: true })
    expect(review.data.order).toMatchObject({ status: 'awaiting_pickup', refundedFen: 1400, canRefund: true })
    expect(await stockOf(t, 'lemon')).toBe(8)
    expect(await couponStatus(t, 'halfway-c')).toBe('used')
    expect(await balanceOf(t, 'halfway')).toBe(300 + 28 - 14)
  })

  test('a rejected refund goes back; other stores’ staff may not review', async () => {
    const orderId = await held('denied', 'melon')
    await act(t, 'order', 'denied', 'pay.simulate', { requestId: rid('pay'), orderId })
    await act(t, 'order', 'denied', 'refund.request', { requestId: rid('refund'), orderId, reason: '不想要了' })
    expect(await act(t, 'order', 'staff-b', 'refund.review', { requestId: rid(), orderId, approve: true })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await act(t, 'order', 'denied', 'refund.review', { requestId: rid(), orderId, approve: true })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    const pending = await act(t, 'order', STAFF_A, 'refund.pending')
    expect(pending.data.items.map((o: { orderId: string }) => o.orderId)).toContain(orderId)
    const review = await act(t, 'order', STAFF_A, 'refund.review', { requestId: rid(), orderId, approve: false, note: '商品已备好' })
    expect(review.data.order).toMatchObject({ status: 'awaiting_pickup', refund: { status: 'rejected', note: '商品已备好' } })
  })
})
