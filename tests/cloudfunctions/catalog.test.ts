import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { seedDemo, DEMO } from '../../database/seed/demo'
import { act, rid } from '../support/orders'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedDemo(t.db, new Date())
})
afterAll(() => t.close())

test('the category grid and a paged feed with tier prices (the demo member is 银卡)', async () => {
  const cats = await act(t, 'catalog', DEMO.member, 'categories')
  expect(cats.data.items.map((c: { name: string }) => c.name)).toEqual(['时令鲜果', '鲜榨饮品', '坚果零食'])
  const first = await act(t, 'catalog', DEMO.member, 'feed', { limit: 5 })
  expect(first.data.items).toHaveLength(5)
  expect(first.data.items[0]).toMatchObject({ productId: 'apple', fromPriceFen: 1290, myFromPriceFen: 1190, soldOut: false })
  const rest = await act(t, 'catalog', DEMO.member, 'feed', { limit: 5, cursor: first.data.nextCursor })
  expect(rest.data.items).toHaveLength(3)
  expect(rest.data.nextCursor).toBeNull()
  const visitor = await act(t, 'catalog', 'visitor', 'feed', { categoryId: 'drink' })
  expect(visitor.data.items).toEqual([expect.objectContaining({ productId: 'juice', myFromPriceFen: 1500 })])
})

test('product detail: SKUs (5斤装) with member prices, stock and the stores that carry it', async () => {
  const apple = await act(t, 'catalog', DEMO.member, 'product', { productId: 'apple' })
  expect(apple.data.skus.map((s: { name: string }) => s.name)).toEqual(['约 500g', '5斤装'])
  expect(apple.data.skus[1]).toMatchObject({ skuId: 'apple-5jin', priceFen: 5990, myPriceFen: 5690, stock: 50, memberPrices: { silver: 5690, gold: 5390, black: 4990 } })
  expect(apple.data).toMatchObject({ tierName: '银卡' })
  expect(apple.data.stores).toHaveLength(3)
  const juice = await act(t, 'catalog', DEMO.member, 'product', { productId: 'juice' })
  expect(juice.data.stores.map((s: { storeId: string }) => s.storeId)).toEqual(['store-xuhui'])
  expect(await act(t, 'catalog', DEMO.member, 'product', { productId: 'nope' })).toMatchObject({ ok: false, code: 'CATALOG.PRODUCT_NOT_FOUND' })
})

test('the cart follows the member; unknown SKUs drop out; bad quantities are refused', async () => {
  const saved = await act(t, 'catalog', DEMO.member, 'cart.save', { requestId: rid('cart'), lines: [{ skuId: 'apple-5jin', quantity: 2 }, { skuId: 'gone', quantity: 1 }] })
  expect(saved.data.items).toEqual([expect.objectContaining({ skuId: 'apple-5jin', skuName: '5斤装', quantity: 2, myPriceFen: 5690 })])
  expect((await act(t, 'catalog', DEMO.member, 'cart.get')).data.items).toHaveLength(1)
  expect(await act(t, 'catalog', DEMO.member, 'cart.save', { requestId: rid('cart'), lines: [{ skuId: 'apple-5jin', quantity: 0 }] })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
})

test('the demo catalog still serves coupon scopes, and a demo order can be priced at a store that carries it', async () => {
  const wallet = await act(t, 'coupon', DEMO.member, 'wallet', { tab: '可使用' })
  const held = wallet.data.items.find((c: { templateId: string }) => c.templateId === 'center-85')
  const scoped = await act(t, 'coupon', DEMO.member, 'products', { couponId: held.id })
  expect(scoped.data.items.find((p: { sku: string }) => p.sku === 'apple')).toMatchObject({ priceFen: 1290 })
  const juiceAtPudong = await act(t, 'order', DEMO.member, 'preview', { lines: [{ skuId: 'juice-350', quantity: 1 }], fulfilment: { kind: 'pickup', storeId: 'store-pudong' } })
  expect(juiceAtPudong).toMatchObject({ ok: false, code: 'ORDER.NOT_IN_STORE' })
  const preview = await act(t, 'order', DEMO.member, 'preview', { lines: [{ skuId: 'apple-5jin', quantity: 1 }], fulfilment: { kind: 'pickup', storeId: 'store-xuhui' }, usePoints: true })
  const m = preview.data.money
  expect(m.subtotalFen).toBe(5690)
  expect(m.payableFen + m.couponFen + m.pointsFen).toBe(m.subtotalFen)
})
