/**
 * The crash window of order.create: stock is taken by conditional decrements before the
 * order's transaction. A crash between them (the instance dies: none of its later database
 * calls land, no catch block runs) must not lose the stock: the stock hold is returned by
 * the reclaim timer exactly once, and a retry of the same requestId makes one order.
 */
import { currentCaller } from '../../local-cloud/context'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { seedStores } from '../support/fixtures'
import { member, order, rid, sku, stockOf, trigger } from '../support/orders'

const GRACE_MS = 5 * 60_000

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(async () => {
  t.cloud.db.beforeRequest = undefined
  await t.dev('DELETE', 'clock')
})

/**
 * Arms a crash of the next invocation that updates SKU stock (create's decrements, the
 * reclaim's returns): right after its n-th SKU update answers, the invocation is cut off,
 * so its next database call and every later one fail (as the timeout cut-off does).
 */
function crashAfterStock(decrements: number) {
  let seen = 0
  let doomed: { cutOff: boolean } | undefined
  t.cloud.db.beforeRequest = (api, params) => {
    const invocation = currentCaller()?.invocation
    if (!invocation) return
    if (doomed === invocation) {
      invocation.cutOff = true
      return
    }
    if (api === 'database.modifyDocument' && params.collectionName === 'skus' && ++seen === decrements) doomed = invocation
  }
}

const ordersOf = async (openid: string) => (await t.db.collection('orders').where({ memberId: openid }).count()).total

test('a crash after the stock is taken: the reclaim timer gives it back once, even run twice and twice at once', async () => {
  await sku(t, 'crash-a', 10)
  await sku(t, 'crash-b', 10)
  await member(t, 'crashed')
  crashAfterStock(2)
  const reply = await order(t, 'crashed', { lines: [{ skuId: 'crash-a', quantity: 3 }, { skuId: 'crash-b', quantity: 2 }] })
  expect(reply.ok).toBe(false)
  t.cloud.db.beforeRequest = undefined
  expect(await stockOf(t, 'crash-a')).toBe(7)
  expect(await stockOf(t, 'crash-b')).toBe(8)
  expect(await ordersOf('crashed')).toBe(0)

  // Within the grace period the hold may still become an order: nothing is returned.
  await trigger(t, 'order', 'reclaimHolds')
  expect(await stockOf(t, 'crash-a')).toBe(7)

  await t.dev('POST', 'clock', { now: new Date(Date.now() + GRACE_MS + 60_000).toISOString() })
  // The reclaim itself crashes after giving back the first SKU: the next runs finish the rest, once.
  crashAfterStock(1)
  await trigger(t, 'order', 'reclaimHolds')
  t.cloud.db.beforeRequest = undefined
  expect(await stockOf(t, 'crash-a')).toBe(10)
  expect(await stockOf(t, 'crash-b')).toBe(8)
  await Promise.all([trigger(t, 'order', 'reclaimHolds'), trigger(t, 'order', 'reclaimHolds')])
  await trigger(t, 'order', 'reclaimHolds')
  expect(await stockOf(t, 'crash-a')).toBe(10)
  expect(await stockOf(t, 'crash-b')).toBe(10)
  expect((await t.db.collection('stock_holds').where({ memberId: 'crashed' }).get()).data).toEqual([expect.objectContaining({ status: 'returned', open: false })])
})

test('a retry of the same requestId after the crash makes one order and takes the stock once; the reclaim then returns nothing', async () => {
  await sku(t, 'retry-a', 10)
  await member(t, 'retrier')
  const requestId = rid('crash')
  crashAfterStock(1)
  expect((await order(t, 'retrier', { lines: [{ skuId: 'retry-a', quantity: 4 }] }, requestId)).ok).toBe(false)
  t.cloud.db.beforeRequest = undefined
  expect(await stockOf(t, 'retry-a')).toBe(6)

  const again = await order(t, 'retrier', { lines: [{ skuId: 'retry-a', quantity: 4 }] }, requestId)
  expect(again).toMatchObject({ ok: true, data: { order: { status: 'unpaid' } } })
  expect(await order(t, 'retrier', { lines: [{ skuId: 'retry-a', quantity: 4 }] }, requestId)).toMatchObject({ ok: true, data: { order: { orderId: again.data.order.orderId } } })
  expect(await ordersOf('retrier')).toBe(1)
  expect(await stockOf(t, 'retry-a')).toBe(6)

  await t.dev('POST', 'clock', { now: new Date(Date.now() + GRACE_MS + 60_000).toISOString() })
  await trigger(t, 'order', 'reclaimHolds')
  await trigger(t, 'order', 'reclaimHolds')
  expect(await stockOf(t, 'retry-a')).toBe(6)
  expect((await t.db.collection('skus').doc('retry-a').get()).data.holds).toEqual({})
})

test('a refused create (sold out on its second line) gives the first line back at once', async () => {
  await sku(t, 'plenty', 10)
  await sku(t, 'scarce', 1)
  await member(t, 'greedy')
  expect(await order(t, 'greedy', { lines: [{ skuId: 'plenty', quantity: 2 }, { skuId: 'scarce', quantity: 2 }] })).toMatchObject({ ok: false, code: 'ORDER.SOLD_OUT' })
  expect(await stockOf(t, 'plenty')).toBe(10)
  expect(await stockOf(t, 'scarce')).toBe(1)
})
