/**
 * The console's flash-sale and chain numbers match what the orders and chain entries say:
 * sold = paid and not refunded; only the range's sessions and chains; a 店长 sees their
 * own store's chains and no flash numbers.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, seedStores } from '../support/fixtures'
import { startOfDay } from '@/domain/time'

let t: TestCloud
const DAY = '2026-06-18'
const at = (day: string, hour = 12) => new Date(startOfDay(day).getTime() + hour * 3_600_000)

const flashItem = (id: string, day: string, stock: number) =>
  t.db.collection('flash_items').doc(id).set({ data: { sessionId: `${day}@10:00`, day, start: '10:00', name: `秒杀 ${id}`, stock, enabled: true, flashPriceFen: 990 } })
const flashOrder = (id: string, itemId: string, status: string, quantity: number) =>
  t.db.collection('orders').doc(id).set({ data: { memberId: 'm', status, storeId: 'store-a', source: { kind: 'flashsale', refId: itemId, returns: [] }, lines: [{ skuId: 's', quantity }], money: { payableFen: 990 * quantity }, createdAt: at(DAY) } })
const chain = (id: string, storeId: string, day: string) =>
  t.db.collection('chains').doc(id).set({ data: { title: `接龙 ${id}`, storeId, leaderId: 'leader', status: 'open', createdAt: at(day) } })
const entry = (id: string, chainId: string, status: string, quantities: number[]) =>
  t.db.collection('chain_entries').doc(id).set({ data: { chainId, leaderId: 'leader', memberId: 'm', status, lines: quantities.map((q, i) => ({ key: `k${i}`, quantity: q, unitFen: 500 })), amountFen: 500 * quantities.reduce((s, q) => s + q, 0), createdAt: at(DAY) } })

beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.db.collection('staff').doc('manager-b').set({ data: { role: 'manager', storeId: 'store-b', name: '店长小静', active: true } })
  await flashItem('f-kiwi', DAY, 10)
  await flashItem('f-pear', DAY, 4)
  await flashItem('f-other-day', '2026-06-25', 10)
  await flashOrder('o1', 'f-kiwi', 'awaiting_pickup', 2)
  await flashOrder('o2', 'f-kiwi', 'picked_up', 1)
  await flashOrder('o3', 'f-kiwi', 'unpaid', 3)
  await flashOrder('o4', 'f-kiwi', 'refunded', 1)
  await flashOrder('o5', 'f-pear', 'completed', 4)
  await flashOrder('o6', 'f-other-day', 'paid', 5)
  await chain('c-a', 'store-a', DAY)
  await chain('c-b', 'store-b', DAY)
  await chain('c-late', 'store-b', '2026-07-30')
  await entry('e1', 'c-a', 'paid', [1, 2])
  await entry('e2', 'c-a', 'picked_up', [1])
  await entry('e3', 'c-a', 'unpaid', [5])
  await entry('e4', 'c-b', 'cancelled', [2])
  await entry('e5', 'c-b', 'paid', [2])
  await entry('e6', 'c-late', 'paid', [9])
})
afterAll(() => t.close())

test('flash sell-through and chain sales, as the orders and entries say', async () => {
  const { data } = await act(t, 'admin', ADMIN, 'stats', { from: DAY, to: '2026-06-19' })
  expect(data.flash).toEqual([
    { itemId: 'f-kiwi', sessionId: `${DAY}@10:00`, name: '秒杀 f-kiwi', stock: 10, sold: 3, salesFen: 2970, sellThrough: 0.3 },
    { itemId: 'f-pear', sessionId: `${DAY}@10:00`, name: '秒杀 f-pear', stock: 4, sold: 4, salesFen: 3960, sellThrough: 1 },
  ])
  expect(data.chains).toEqual([
    { chainId: 'c-a', title: '接龙 c-a', storeId: 'store-a', status: 'open', entries: 2, quantity: 4, salesFen: 2000 },
    { chainId: 'c-b', title: '接龙 c-b', storeId: 'store-b', status: 'open', entries: 1, quantity: 2, salesFen: 1000 },
  ])
  // The same totals straight from the collections.
  const paidEntries = (await t.db.collection('chain_entries').where({ chainId: t.db.command.in(['c-a', 'c-b']), status: t.db.command.in(['paid', 'picked_up']) }).get()).data
  expect(data.chains.reduce((s: number, c: { salesFen: number }) => s + c.salesFen, 0)).toBe(paidEntries.reduce((s: number, e: { amountFen: number }) => s + e.amountFen, 0))
})

test('a 店长 sees their own store’s chains and no flash numbers', async () => {
  const { data } = await act(t, 'admin', 'manager-b', 'stats', { from: DAY, to: DAY })
  expect(data.flash).toBeNull()
  expect(data.chains.map((c: { chainId: string }) => c.chainId)).toEqual(['c-b'])
})

test('points issued and redeemed by Shanghai day match the ledger of the range', async () => {
  const entry = (id: string, code: string, amount: number, atIso: string) => t.db.collection('points_ledger').doc(id).set({ data: { memberId: 'm', requestId: id, code, amount, at: new Date(atIso) } })
  await entry('p1', 'earn.order', 100, '2026-06-17T16:00:00.000Z') // 00:00 on the 18th in Shanghai
  await entry('p2', 'earn.signin', 5, '2026-06-18T15:59:59.999Z') // 23:59 on the 18th
  await entry('p3', 'spend.mall', -40, '2026-06-18T16:00:00.000Z') // the 19th
  await entry('p4', 'expire', -3, '2026-06-18T17:00:00.000Z') // expiry is neither
  await entry('p5', 'earn.order', 999, '2026-06-17T15:59:59.999Z') // the 17th: outside the range
  const { data } = await act(t, 'admin', ADMIN, 'stats', { from: DAY, to: '2026-06-19' })
  expect(data.pointsByDay).toEqual([
    { day: DAY, issued: 105, redeemed: 0 },
    { day: '2026-06-19', issued: 0, redeemed: 40 },
  ])
  expect((await act(t, 'admin', 'manager-b', 'stats', { from: DAY, to: DAY })).data.pointsByDay).toBeNull()
})
