import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, join, seedStores } from '../support/fixtures'

let t: TestCloud
const OWNER = 'shopper'

const shelf = [
  { _id: 'apple', name: '苹果', category: 'fruit', priceFen: 1290, unit: '约 500g', image: '/static/products/apple.svg' },
  { _id: 'grape', name: '葡萄', category: 'fruit', priceFen: 3990, unit: '一串', image: '/static/products/grape.svg' },
  { _id: 'cherry', name: '车厘子', category: 'fruit', priceFen: 8990, unit: '一盒', image: '/static/products/cherry.svg' },
  { _id: 'juice', name: '橙汁', category: 'drink', priceFen: 1500, unit: '350ml', image: '/static/products/juice.svg' },
  { _id: 'nuts', name: '坚果', category: 'snack', priceFen: 3900, unit: '30 包', image: '/static/products/nuts.svg' },
]

/** A coupon straight into the wallet, with the rules under test. */
async function give(id: string, rules: Record<string, unknown>, ownerId = OWNER) {
  const now = Date.now()
  await t.db.collection('coupons').doc(id).set({
    data: { templateId: 't', ownerId, status: 'available', title: id, kind: 'cash', amountFen: 500, channel: 'both', scope: { kind: 'all' }, validFrom: new Date(now - 86_400_000), validTo: new Date(now + 86_400_000), claimedAt: new Date(now), ...rules },
  })
}

const skusOf = async (couponId: string, openid = OWNER) => {
  const reply = await act(t, 'coupon', openid, 'products', { couponId })
  expect(reply.ok).toBe(true)
  return reply.data.items.map((p: { sku: string }) => p.sku)
}

beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  for (const { _id, ...p } of shelf) await t.db.collection('products').doc(_id).set({ data: p })
  await join(t, OWNER)
  await join(t, 'neighbour')
  await give('all', { scope: { kind: 'all' } })
  await give('all-but', { scope: { kind: 'all' }, excludeSkus: ['cherry', 'nuts'] })
  await give('by-sku', { scope: { kind: 'skus', skus: ['grape', 'juice', 'gone'] } })
  await give('by-category', { scope: { kind: 'categories', categories: ['fruit'] }, excludeSkus: ['cherry'] })
  await give('exchange', { kind: 'exchange', sku: 'apple', name: '苹果', scope: { kind: 'all' } })
  await give('theirs', { scope: { kind: 'all' } }, 'neighbour')
})
afterAll(() => t.close())

describe('coupon.products', () => {
  test.each([
    ['all', ['apple', 'cherry', 'grape', 'juice', 'nuts']],
    ['all-but', ['apple', 'grape', 'juice']],
    ['by-sku', ['grape', 'juice']],
    ['by-category', ['apple', 'grape']],
    ['exchange', ['apple']],
  ])('scope of %s', async (couponId, expected) => {
    expect(await skusOf(couponId)).toEqual(expected)
  })

  test('answers each product as the client shows it', async () => {
    const reply = await act(t, 'coupon', OWNER, 'products', { couponId: 'by-sku' })
    expect(reply.data.items[0]).toEqual({ sku: 'grape', name: '葡萄', priceFen: 3990, unit: '一串', image: '/static/products/grape.svg', category: 'fruit' })
  })

  test("someone else's coupon is not found and reveals nothing", async () => {
    const reply = await act(t, 'coupon', OWNER, 'products', { couponId: 'theirs' })
    expect(reply).toEqual({ ok: false, code: 'COUPON.NOT_FOUND', message: '优惠券不存在' })
    expect(await act(t, 'coupon', OWNER, 'products', { couponId: 'no-such-coupon' })).toMatchObject({ ok: false, code: 'COUPON.NOT_FOUND' })
    expect(await skusOf('theirs', 'neighbour')).toHaveLength(5)
  })

  test('bad ids are refused before any read', async () => {
    expect(await act(t, 'coupon', OWNER, 'products', { couponId: { $gt: '' } })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  })
})
