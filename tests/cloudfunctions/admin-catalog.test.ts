/**
 * The console's catalog kinds: categories, products (SKUs with member prices and stock),
 * flash-sale items and group-buy leaders: the audit, bad input, and stock that an edit
 * never overwrites.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, rid, seedStores } from '../support/fixtures'
import { categoryRecord, flashItemRecord, leaderMember, leaderRecord, productRecord, skuRecord } from '../support/admin-samples'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.dev('POST', 'clock', { now: '2026-11-30T00:00:00.000Z', ticking: true })
  await leaderMember(t.db, 'leader-x', '880000000901')
  await leaderMember(t.db, 'leader-y', '880000000902')
  expect((await admin('category.create', { requestId: rid(), record: categoryRecord('cat-1') })).ok).toBe(true)
  expect((await admin('product.create', { requestId: rid(), record: productRecord('prod-1') })).ok).toBe(true)
  expect((await admin('flashItem.create', { requestId: rid(), record: flashItemRecord('fi-1') })).ok).toBe(true)
})
afterAll(() => t.close())

const admin = (action: string, payload: Record<string, unknown> = {}) => act(t, 'admin', ADMIN, action, payload)
const auditOf = async (targetId: string) => (await t.db.collection('admin_audit').where({ targetId }).limit(100).get()).data.sort((a: any, b: any) => a.at - b.at)
const doc = async (coll: string, id: string) => (await t.db.collection(coll).where({ _id: id }).get()).data[0] ?? null

describe('the audit record has before and after for every change', () => {
  test.each([
    ['category', categoryRecord('cat-audit'), categoryRecord('cat-audit', { name: '进口水果' }), 'cat-audit'],
    ['product', productRecord('prod-audit'), productRecord('prod-audit', { skus: [skuRecord('prod-audit-s1', { priceFen: 2990, memberPrices: { gold: 2590 } }), skuRecord('prod-audit-s2', { stock: 7 })] }), 'prod-audit'],
    ['flashItem', flashItemRecord('fi-audit'), flashItemRecord('fi-audit', { flashPriceFen: 890, limit: 2 }), 'fi-audit'],
    ['leader', leaderRecord('880000000901', 'store-a'), leaderRecord('880000000901', 'store-b', { commissionBp: 800 }), 'leader-x'],
  ])('%s: create, update, retire', async (kind, created, updated, docId) => {
    expect(await admin(`${kind}.create`, { requestId: rid(), record: created })).toMatchObject({ ok: true, data: { item: { record: created, enabled: true } } })
    const u = await admin(`${kind}.update`, { requestId: rid(), record: updated })
    expect(u).toMatchObject({ ok: true, data: { item: { record: updated } } })
    expect((await admin(`${kind}.retire`, { requestId: rid(), id: created.id })).data.item.enabled).toBe(false)
    const entries = await auditOf(docId)
    expect(entries.map((e: any) => e.action)).toEqual([`${kind}.create`, `${kind}.update`, `${kind}.retire`])
    const [create, update, retire] = entries
    for (const e of entries) expect(e).toMatchObject({ actor: ADMIN, actorRole: 'admin', kind, targetId: docId })
    expect(create.before).toBeNull()
    expect(update.before).toEqual(create.after)
    expect(retire.before).toEqual(update.after)
    expect(retire.after).toMatchObject({ _id: docId, enabled: false })
    expect(await admin(`${kind}.retire`, { requestId: rid(), id: created.id })).toMatchObject({ ok: false, code: 'ADMIN.ALREADY_RETIRED' })
  })

  test('a product’s audit shows its SKUs’ prices before and after', async () => {
    const [, update] = await auditOf('prod-audit')
    expect(update.before.skus).toEqual([{ id: 'prod-audit-s1', name: '标准装', priceFen: 1990, memberPrices: { silver: 1890, gold: 1790 }, stock: 50 }])
    expect(update.after.skus).toEqual([
      { id: 'prod-audit-s1', name: '标准装', priceFen: 2990, memberPrices: { gold: 2590 }, stock: 50 },
      { id: 'prod-audit-s2', name: '标准装', priceFen: 1990, memberPrices: { silver: 1890, gold: 1790 }, stock: 7 },
    ])
  })

  test('a retired product is off sale; a retired leader is no leader and their scene is off', async () => {
    expect(await act(t, 'catalog', 'visitor', 'product', { productId: 'prod-audit' })).toMatchObject({ ok: false, code: 'CATALOG.PRODUCT_NOT_FOUND' })
    expect(await act(t, 'groupbuy', 'leader-x', 'leader.home')).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
    expect(await doc('scenes', 'gb-880000000901')).toMatchObject({ storeId: 'store-b', channel: 'groupbuy', enabled: false })
  })

  test('a retired leader can be approved again, keeping their commission totals; a retired product cannot be re-created', async () => {
    await t.db.collection('leaders').doc('leader-x').update({ data: { commissionEarnedFen: 1234 } })
    const again = await admin('leader.create', { requestId: rid(), record: leaderRecord('880000000901', 'store-a') })
    expect(again).toMatchObject({ ok: true, data: { item: { enabled: true, record: { storeId: 'store-a' } } } })
    expect(await doc('leaders', 'leader-x')).toMatchObject({ active: true, enabled: true, commissionEarnedFen: 1234 })
    expect(await doc('scenes', 'gb-880000000901')).toMatchObject({ storeId: 'store-a', enabled: true })
    expect((await act(t, 'groupbuy', 'leader-x', 'leader.home')).ok).toBe(true)
    expect(await admin('leader.create', { requestId: rid(), record: leaderRecord('880000000901', 'store-a') })).toMatchObject({ ok: false, code: 'ADMIN.EXISTS' })
    expect(await admin('product.create', { requestId: rid(), record: productRecord('prod-audit') })).toMatchObject({ ok: false, code: 'ADMIN.EXISTS' })
  })
})

describe('bad input gets a clear code and changes nothing', () => {
  const COLLECTIONS = ['categories', 'products', 'skus', 'flash_items', 'flash_shards', 'leaders', 'scenes', 'admin_audit']
  const snapshot = async () => JSON.stringify(await Promise.all(COLLECTIONS.map(async (c) => (await t.db.collection(c).limit(1000).get()).data.sort((a: any, b: any) => (a._id < b._id ? -1 : 1)))))
  const sku = (over: Record<string, unknown>) => ({ skus: [skuRecord('prod-bad-s1', over)] })
  test.each([
    ['a negative price', 'product.create', { record: productRecord('prod-bad', sku({ priceFen: -100 })) }, 'COMMON.INVALID_INPUT'],
    ['a price in yuan (a fraction)', 'product.create', { record: productRecord('prod-bad', sku({ priceFen: 19.9 })) }, 'COMMON.INVALID_INPUT'],
    ['a huge price', 'product.create', { record: productRecord('prod-bad', sku({ priceFen: 1e12 })) }, 'COMMON.INVALID_INPUT'],
    ['an unknown tier', 'product.create', { record: productRecord('prod-bad', sku({ memberPrices: { diamond: 100 } })) }, 'COMMON.INVALID_INPUT'],
    ['stock below zero', 'product.create', { record: productRecord('prod-bad', sku({ stock: -1 })) }, 'COMMON.INVALID_INPUT'],
    ['a huge stock', 'product.create', { record: productRecord('prod-bad', sku({ stock: 1e9 })) }, 'COMMON.INVALID_INPUT'],
    ['a member price above the list price', 'product.create', { record: productRecord('prod-bad', sku({ priceFen: 1000, memberPrices: { gold: 1200 } })) }, 'ADMIN.MEMBER_PRICE_ABOVE_LIST'],
    ['an unknown category', 'product.create', { record: productRecord('prod-bad', { category: 'nope' }) }, 'ADMIN.CATEGORY_NOT_FOUND'],
    ['an unknown store', 'product.create', { record: productRecord('prod-bad', { storeIds: ['store-zz'] }) }, 'ADMIN.STORE_NOT_FOUND'],
    ['a SKU of another product', 'product.create', { record: productRecord('prod-bad', { skus: [skuRecord('prod-1-s1')] }) }, 'ADMIN.SKU_TAKEN'],
    ['the same SKU twice', 'product.create', { record: productRecord('prod-bad', { skus: [skuRecord('prod-bad-s1'), skuRecord('prod-bad-s1')] }) }, 'ADMIN.SKU_DUPLICATE'],
    ['a removed SKU', 'product.update', { record: productRecord('prod-1', { skus: [skuRecord('prod-1-s2')] }) }, 'ADMIN.SKU_REMOVED'],
    ['an unknown product', 'product.update', { record: productRecord('prod-zz') }, 'ADMIN.NOT_FOUND'],
    ['an unknown SKU to restock', 'product.stock', { skuId: 'nope', delta: 5 }, 'ADMIN.NOT_FOUND'],
    ['a zero stock change', 'product.stock', { skuId: 'prod-1-s1', delta: 0 }, 'COMMON.INVALID_INPUT'],
    ['a huge stock change', 'product.stock', { skuId: 'prod-1-s1', delta: 1e7 }, 'COMMON.INVALID_INPUT'],
    ['taking more than is left', 'product.stock', { skuId: 'prod-1-s1', delta: -51 }, 'ADMIN.STOCK_SHORT'],
    ['a flash price of 0', 'flashItem.create', { record: flashItemRecord('fi-bad', { flashPriceFen: 0 }) }, 'COMMON.INVALID_INPUT'],
    ['a flash price above the list price', 'flashItem.create', { record: flashItemRecord('fi-bad', { flashPriceFen: 1991 }) }, 'ADMIN.FLASH_PRICE_ABOVE_LIST'],
    ['a flash stock below one', 'flashItem.create', { record: flashItemRecord('fi-bad', { stock: 0 }) }, 'COMMON.INVALID_INPUT'],
    ['an unknown slot', 'flashItem.create', { record: flashItemRecord('fi-bad', { start: '11:00' }) }, 'ADMIN.FLASH_SLOT_UNKNOWN'],
    ['an unknown SKU', 'flashItem.create', { record: flashItemRecord('fi-bad', { skuId: 'nope' }) }, 'ADMIN.SKU_NOT_FOUND'],
    ['an unknown tier', 'flashItem.create', { record: flashItemRecord('fi-bad', { tiers: ['diamond'] }) }, 'COMMON.INVALID_INPUT'],
    ['a session already over', 'flashItem.create', { record: flashItemRecord('fi-bad', { day: '2026-11-29' }) }, 'ADMIN.FLASH_ENDED'],
    ['taking more flash units than are left', 'flashItem.stock', { id: 'fi-1', delta: -21 }, 'ADMIN.STOCK_SHORT'],
    ['an unknown flash item', 'flashItem.stock', { id: 'nope', delta: 1 }, 'ADMIN.NOT_FOUND'],
    ['an unknown card number', 'leader.create', { record: leaderRecord('880000009999', 'store-a') }, 'MEMBER.NOT_FOUND'],
    ['a leader at an unknown store', 'leader.create', { record: leaderRecord('880000000902', 'store-zz') }, 'GROUPBUY.STORE_NOT_FOUND'],
    ['a commission over 30%', 'leader.create', { record: leaderRecord('880000000902', 'store-a', { commissionBp: 3001 }) }, 'COMMON.INVALID_INPUT'],
    ['a card number that is not digits', 'leader.get', { id: 'leader-y' }, 'ADMIN.NOT_FOUND'],
  ])('%s', async (_what, action, payload, code) => {
    const before = await snapshot()
    expect(await admin(action, { requestId: rid(), ...payload })).toMatchObject({ ok: false, code })
    expect(await snapshot()).toBe(before)
  })
})

describe('stock is never written by an edit', () => {
  test('an update keeps the SKU’s stock (sold meanwhile) and the flash item’s shards', async () => {
    await t.db.collection('skus').doc('prod-1-s1').update({ data: { stock: t.db.command.inc(-3) } })
    const reply = await admin('product.update', { requestId: rid(), record: productRecord('prod-1', { name: '改名', skus: [skuRecord('prod-1-s1', { stock: 50, priceFen: 2100 })] }) })
    expect(reply.data.item.record.skus[0]).toMatchObject({ priceFen: 2100, stock: 47 })
    const flash = await admin('flashItem.update', { requestId: rid(), record: flashItemRecord('fi-1', { stock: 999, shards: 9, flashPriceFen: 880 }) })
    expect(flash.data.item).toMatchObject({ record: { stock: 20, shards: 2, flashPriceFen: 880 }, left: 20 })
  })

  test('a restock is applied once per requestId, and audited with what it moved', async () => {
    const requestId = rid()
    const replies = await Promise.all(Array.from({ length: 5 }, () => admin('product.stock', { requestId, skuId: 'prod-1-s1', delta: 10 })))
    expect(new Set(replies.map((r) => JSON.stringify(r))).size).toBe(1)
    expect(replies[0].data).toEqual({ skuId: 'prod-1-s1', delta: 10, stock: 57 })
    expect((await doc('skus', 'prod-1-s1')).stock).toBe(57)
    const entries = (await auditOf('prod-1-s1')).filter((e: any) => e.requestId === requestId)
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({ action: 'product.stock', before: { stock: 47 }, after: { stock: 57, delta: 10 } })
  })

  test('a flash item’s units spread over its shards and come back from several', async () => {
    expect((await admin('flashItem.stock', { requestId: rid(), id: 'fi-1', delta: 5 })).data).toEqual({ id: 'fi-1', delta: 5, stock: 25, left: 25 })
    expect((await admin('flashItem.stock', { requestId: rid(), id: 'fi-1', delta: -24 })).data).toEqual({ id: 'fi-1', delta: -24, stock: 1, left: 1 })
  })
})
