import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, seedStores, STAFF_A, STAFF_B } from '../support/fixtures'
import { act, member, notify, order, paidNotification, readOrder, rid, sku, trigger } from '../support/orders'

const address = { name: '张三', phone: '13800138000', region: '上海市徐汇区', detail: '龙腾大道 1 号' }
const delivery = { kind: 'delivery', address }
const DAY = 86_400_000

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  // Delivery orders are shipped by store-a's staff (STAFF_A); STAFF_B is another store's.
  await t.db.collection('settings').doc('brand').set({ data: { brandId: 'test', name: '测试', deliveryStoreId: 'store-a' } })
})
afterAll(() => t.close())
afterEach(() => t.dev('DELETE', 'clock'))

/** A paid delivery order of `openid`. */
async function paidDelivery(openid: string, skuId: string) {
  await sku(t, skuId, 10, 2000)
  await member(t, openid)
  const created = await order(t, openid, { lines: [{ skuId, quantity: 1 }], fulfilment: delivery })
  expect(created).toMatchObject({ ok: true, data: { order: { status: 'unpaid' } } })
  const orderId = created.data.order.orderId as string
  expect(await notify(t, paidNotification(orderId, 2000))).toEqual({ errcode: 0, errmsg: '' })
  expect((await readOrder(t, orderId)).status).toBe('paid')
  return orderId
}

const shipAs = (openid: string, orderId: string, requestId = rid('ship')) => act(t, 'order', openid, 'ship', { requestId, orderId, expressCompany: 'SF', trackingNo: 'SF1234567890' })

describe('order.ship', () => {
  test('staff of the shipping store ship a paid delivery order; the parcel goes to WeChat (dev outbox); the member sees it', async () => {
    const orderId = await paidDelivery('receiver', 'melon')
    expect(await act(t, 'order', STAFF_A, 'ship.pending')).toMatchObject({ ok: true, data: { items: [{ orderId, status: 'paid', fulfilment: { kind: 'delivery', address } }] } })
    const shipped = await shipAs(STAFF_A, orderId)
    expect(shipped).toMatchObject({ ok: true, data: { order: { status: 'shipped', statusText: '已发货', canComplete: true, shipment: { expressCompany: 'SF', expressName: '顺丰速运', trackingNo: 'SF1234567890' } } } })
    const upload = (await t.dev('GET', 'outbox')).messages.filter((m: any) => m.kind === 'uploadShippingInfo' && m.order_key.transaction_id === `4200${orderId}`)
    expect(upload).toHaveLength(1)
    expect(upload[0]).toMatchObject({ logistics_type: 1, delivery_mode: 1, shipping_list: [{ tracking_no: 'SF1234567890', express_company: 'SF', contact: { receiver_contact: '138****8000' } }], payer: { openid: 'receiver' } })
    expect((await act(t, 'order', 'receiver', 'detail', { orderId })).data.order).toMatchObject({ status: 'shipped', shipment: { trackingNo: 'SF1234567890' } })
    expect((await act(t, 'order', STAFF_A, 'ship.pending')).data.items.map((o: any) => o.orderId)).not.toContain(orderId)
  })

  test('refused: a member, another store’s staff, a pickup order, an unpaid order, shipping twice; a replay answers the first', async () => {
    const orderId = await paidDelivery('waiting', 'grape')
    expect(await shipAs('waiting', orderId)).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await shipAs(STAFF_B, orderId)).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect((await readOrder(t, orderId)).status).toBe('paid')

    await sku(t, 'pickup-only', 5)
    const pickup = await order(t, 'waiting', { lines: [{ skuId: 'pickup-only', quantity: 1 }] })
    expect(await shipAs(STAFF_A, pickup.data.order.orderId)).toMatchObject({ ok: false })
    const unpaid = await order(t, 'waiting', { lines: [{ skuId: 'grape', quantity: 1 }], fulfilment: delivery })
    expect(await shipAs(STAFF_A, unpaid.data.order.orderId)).toMatchObject({ ok: false, code: 'ORDER.BAD_STATE' })

    const requestId = rid('ship')
    const first = await shipAs(ADMIN, orderId, requestId)
    expect(first).toMatchObject({ ok: true, data: { order: { status: 'shipped' } } })
    expect(await shipAs(ADMIN, orderId, requestId)).toMatchObject({ ok: true, data: { order: { status: 'shipped' } } })
    expect(await shipAs(STAFF_A, orderId)).toMatchObject({ ok: false, code: 'ORDER.BAD_STATE', message: '该订单已发货' })
    expect((await readOrder(t, orderId)).history.filter((h: any) => h.status === 'shipped')).toHaveLength(1)
  })
})

describe('order.complete and the auto-complete timer', () => {
  test('确认收货 sent twice in parallel (two requestIds) completes once; others cannot', async () => {
    const orderId = await paidDelivery('confirmer', 'kiwi')
    expect(await act(t, 'order', 'confirmer', 'complete', { requestId: rid(), orderId })).toMatchObject({ ok: false, code: 'ORDER.BAD_STATE' })
    await shipAs(STAFF_A, orderId)
    await member(t, 'stranger')
    expect(await act(t, 'order', 'stranger', 'complete', { requestId: rid(), orderId })).toMatchObject({ ok: false, code: 'ORDER.NOT_FOUND' })
    const replies = await Promise.all([rid('c1'), rid('c2')].map((requestId) => act(t, 'order', 'confirmer', 'complete', { requestId, orderId })))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.find((r) => !r.ok)).toMatchObject({ code: 'ORDER.BAD_STATE' })
    const stored = await readOrder(t, orderId)
    expect(stored.status).toBe('completed')
    expect(stored.history.filter((h: any) => h.status === 'completed')).toEqual([expect.objectContaining({ by: 'confirmer' })])
  })

  test('a shipped order completes by itself 10 days later, once, the timer firing twice at once', async () => {
    const orderId = await paidDelivery('forgetful', 'lemon')
    const start = Date.now()
    await shipAs(STAFF_A, orderId)
    await t.dev('POST', 'clock', { now: new Date(start + 9 * DAY).toISOString() })
    await trigger(t, 'order', 'autoComplete')
    expect((await readOrder(t, orderId)).status).toBe('shipped')
    await t.dev('POST', 'clock', { now: new Date(start + 10 * DAY + 60_000).toISOString() })
    const runs = await Promise.all([trigger(t, 'order', 'autoComplete'), trigger(t, 'order', 'autoComplete')])
    expect(runs.every((r) => r.ok)).toBe(true)
    await trigger(t, 'order', 'autoComplete')
    const stored = await readOrder(t, orderId)
    expect(stored.status).toBe('completed')
    expect(stored.history.filter((h: any) => h.status === 'completed')).toEqual([expect.objectContaining({ by: 'timer' })])
  })
})
