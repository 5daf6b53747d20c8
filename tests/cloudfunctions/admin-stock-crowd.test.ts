/**
 * A merchant moves stock while a crowd buys: 20 parallel orders (and 20 parallel flash
 * reservations) with ten stock changes fired among them. Every unit is accounted for:
 * the stock ends at start − sold + added − taken, exactly. Each database request waits a
 * random 0–3 ms (the emulator answers at once, which would run each call to its end
 * before the next starts), so calls interleave as they do on CloudBase: a read-then-write
 * stock change loses units here.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, rid, seedStores } from '../support/fixtures'
import { member, order, stockOf } from '../support/orders'
import { at, DAY, members, reserve, setClock, shardsLeft, sum, unitsReserved } from '../support/flashsale'
import { categoryRecord, flashItemRecord, productRecord, skuRecord } from '../support/admin-samples'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await setClock(t, at('08:00:00'))
  expect((await admin('category.create', { requestId: rid(), record: categoryRecord('cat-1') })).ok).toBe(true)
  expect((await admin('product.create', { requestId: rid(), record: productRecord('crowd', { skus: [skuRecord('crowd-s1', { stock: 30, memberPrices: {} })] }) })).ok).toBe(true)
  expect((await admin('flashItem.create', { requestId: rid(), record: flashItemRecord('fi-crowd', { day: DAY, skuId: 'crowd-s1', stock: 30, shards: 2 }) })).ok).toBe(true)
})
afterAll(() => t.close())
beforeEach(() => {
  t.cloud.db.beforeRequest = () => new Promise<void>((r) => setTimeout(r, Math.random() * 3))
})
afterEach(() => {
  t.cloud.db.beforeRequest = undefined
})
jest.setTimeout(120_000)

const admin = (action: string, payload: Record<string, unknown> = {}) => act(t, 'admin', ADMIN, action, payload)
const BUYERS = Array.from({ length: 20 }, (_, i) => `crowd-buyer-${i}`)
/** Five +2 and five −1, in among the buyers. */
const CHANGES = [2, -1, 2, -1, 2, -1, 2, -1, 2, -1]
const interleave = <T>(a: (() => Promise<T>)[], b: (() => Promise<T>)[]) => a.flatMap((x, i) => (i % 2 === 0 && b[i / 2] ? [x, b[i / 2]] : [x]))

test('SKU stock: 20 parallel orders and ten restocks end exact', async () => {
  for (const b of BUYERS) await member(t, b)
  const buys = BUYERS.map((b) => () => order(t, b, { lines: [{ skuId: 'crowd-s1', quantity: 1 }] }))
  const changes = CHANGES.map((delta) => () => admin('product.stock', { requestId: rid(), skuId: 'crowd-s1', delta }))
  const replies = await Promise.all(interleave(buys, changes).map((f) => f()))
  expect(replies.filter((r) => !r.ok)).toEqual([])
  expect(await stockOf(t, 'crowd-s1')).toBe(30 - 20 + 10 - 5)
})

test('flash stock: 20 parallel reservations and ten changes end exact, shards and item together', async () => {
  const crowd = BUYERS.map((b) => `flash-${b}`)
  await members(t, crowd)
  await setClock(t, at('10:00:30'))
  const buys = crowd.map((b) => () => reserve(t, b, 'fi-crowd'))
  const changes = CHANGES.map((delta) => () => admin('flashItem.stock', { requestId: rid(), id: 'fi-crowd', delta }))
  const replies = await Promise.all(interleave(buys, changes).map((f) => f()))
  expect(replies.filter((r) => !r.ok)).toEqual([])
  const left = sum(await shardsLeft(t, 'fi-crowd'))
  expect(left).toBe(30 - 20 + 10 - 5)
  const item = (await t.db.collection('flash_items').doc('fi-crowd').get()).data
  expect(item.stock).toBe(30 + 10 - 5)
  expect(left + (await unitsReserved(t, 'fi-crowd'))).toBe(item.stock)
})
