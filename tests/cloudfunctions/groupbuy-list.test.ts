/** groupbuy.list: open chains, of one store or all, soonest deadline first, paged on the index. */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, seedStores } from '../support/fixtures'

let t: TestCloud
const NOW = Date.now()
const HOUR = 3_600_000

/** A chain written directly (the list reads only the chain documents). */
async function seedChain(id: string, over: { storeId?: string; status?: string; deadline?: number; participants?: number } = {}) {
  const products = [
    { key: '0', skuId: 's1', productId: 'p1', category: 'fruit', name: '车厘子', image: '/static/products/cherry.svg', unit: '5斤', listPriceFen: 25900, chainPriceFen: 19900, stock: 10 },
    { key: '1', skuId: 's2', productId: 'p2', category: 'fruit', name: '芒果', image: '/static/products/mango.svg', unit: '5斤', listPriceFen: 5990, chainPriceFen: 4590, stock: 10 },
  ]
  const deadline = new Date(over.deadline ?? NOW + 10 * HOUR)
  await t.db.collection('chains').doc(id).set({
    data: {
      leaderId: 'lead-x', storeId: over.storeId ?? 'store-a', pickupPoint: '滨江花园', title: `接龙 ${id}`, text: '', images: [], products, perPersonLimit: 5,
      deadline, pickupFrom: new Date(deadline.getTime() + HOUR), pickupTo: new Date(deadline.getTime() + 2 * HOUR), status: over.status ?? 'open', closedReason: null,
      lastNo: over.participants ?? 0, tally: { participants: over.participants ?? 0, amountFen: 0, commissionFen: 0, products: {} }, createdAt: new Date(NOW - HOUR), requestId: `seed-${id}`,
    },
  })
}

beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  // 24 open chains of store-a (more than 20: the emulator serves the list only through an index),
  // two of them sharing one deadline instant, so a page edge can fall between them.
  for (let i = 0; i < 24; i++) await seedChain(`a${String(i).padStart(2, '0')}`, { deadline: NOW + (24 - i) * HOUR, participants: i })
  await seedChain('tie-1', { deadline: NOW + 3 * HOUR })
  await seedChain('tie-2', { deadline: NOW + 3 * HOUR })
  await seedChain('b-open', { storeId: 'store-b', deadline: NOW + 5 * HOUR })
  await seedChain('a-draft', { status: 'draft', deadline: NOW + HOUR })
  await seedChain('a-closed', { status: 'closed', deadline: NOW + HOUR })
  await seedChain('a-past', { deadline: NOW - 1 }) // open on paper, closed by its deadline
})
afterAll(() => t.close())

async function walk(caller: string, payload: Record<string, unknown>) {
  const ids: string[] = []
  let cursor: unknown
  for (let pages = 0; pages < 50; pages++) {
    const reply = await act(t, 'groupbuy', caller, 'list', { ...payload, ...(cursor ? { cursor } : {}) })
    expect(reply.ok).toBe(true)
    ids.push(...reply.data.items.map((i: { chainId: string }) => i.chainId))
    cursor = reply.data.nextCursor
    if (!cursor) break
  }
  return ids
}

const deadlines = async (ids: string[]) => Promise.all(ids.map(async (id) => ((await t.db.collection('chains').doc(id).get()).data.deadline as Date).getTime()))

test('all stores: only open chains with a deadline ahead, soonest first, pages never skip or repeat (a page edge inside a shared deadline)', async () => {
  for (const limit of [1, 2, 3, 7]) {
    const ids = await walk('anyone', { limit })
    expect(ids).toHaveLength(27)
    expect(new Set(ids).size).toBe(27)
    for (const gone of ['a-draft', 'a-closed', 'a-past']) expect(ids).not.toContain(gone)
    const times = await deadlines(ids)
    expect(times).toEqual([...times].sort((x, y) => x - y))
    expect(ids.indexOf('tie-1')).toBeLessThan(ids.indexOf('tie-2'))
  }
})

test('one store; the item carries what the list shows', async () => {
  const ids = await walk('anyone', { storeId: 'store-b', limit: 10 })
  expect(ids).toEqual(['b-open'])
  const first = (await act(t, 'groupbuy', 'anyone', 'list', { storeId: 'store-a', limit: 1 })).data
  expect(first.items).toEqual([{ chainId: 'a23', title: '接龙 a23', image: '/static/products/mango.svg', fromPriceFen: 4590, unit: '', storeId: 'store-a', pickupPoint: '滨江花园', deadline: new Date(NOW + HOUR).toISOString(), participants: 23 }])
  expect(first.nextCursor).toEqual({ deadline: new Date(NOW + HOUR).toISOString(), id: 'a23' })
})

test('bad input is refused', async () => {
  expect(await act(t, 'groupbuy', 'anyone', 'list', { limit: 0 })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  expect(await act(t, 'groupbuy', 'anyone', 'list', { limit: 51 })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  expect(await act(t, 'groupbuy', 'anyone', 'list', { cursor: { deadline: 'yesterday', id: 'a01' } })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
})
