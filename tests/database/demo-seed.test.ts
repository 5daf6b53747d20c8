/** The demo seed configures the chain through the console's actions, so every record it makes is audited. */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { DEMO, seedDemo } from '../../database/seed/demo'
import { describeClock } from '../../local-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedDemo(t.db, new Date())
})
afterAll(() => t.close())

const count = async (coll: string, where: Record<string, unknown> = {}) => (await t.db.collection(coll).where(where).count()).total

test('every configured kind went through an audited admin action as the demo admin', async () => {
  const entries = (await t.db.collection('admin_audit').limit(1000).get()).data as { actor: string; action: string; targetId: string }[]
  expect(new Set(entries.map((e) => e.actor))).toEqual(new Set([DEMO.admin]))
  const byAction = (action: string) => entries.filter((e) => e.action === action).length
  expect(byAction('tiers.update')).toBe(1)
  expect(byAction('pointsRules.update')).toBe(1)
  expect(byAction('store.create')).toBe(await count('stores'))
  expect(byAction('category.create')).toBe(await count('categories'))
  expect(byAction('product.create')).toBe(await count('products'))
  expect(byAction('couponTemplate.create')).toBe(await count('coupon_templates'))
  expect(byAction('flashItem.create')).toBe(await count('flash_items'))
  expect(byAction('leader.create')).toBe(await count('leaders'))
  expect(byAction('teamOffer.create')).toBe(await count('team_offers'))
  expect(await count('team_offers')).toBe(2)
  // Store QR scenes, plus the leader's gb- scene that leader.create made and each offer store's tb- team scene that teamOffer.create made.
  expect(byAction('scene.create') + byAction('leader.create') + 3).toBe(await count('scenes'))
  expect(await count('scenes', { tags: '拼团' })).toBe(3)
})

test('today’s earlier flash sessions are there too, and the clock is back', async () => {
  expect(await count('flash_items')).toBe(12)
  expect(describeClock().mode).toBe('real')
})

test('the leader is active with the commission of the seeded entries, and their scene is on', async () => {
  const leader = (await t.db.collection('leaders').doc('demo-leader').get()).data
  expect(leader).toMatchObject({ active: true, enabled: true, cardNo: '880099990001', storeId: 'store-xuhui' })
  expect(leader.commissionEarnedFen).toBeGreaterThan(0)
  expect((await t.db.collection('scenes').doc('gb-880099990001').get()).data).toMatchObject({ channel: 'groupbuy', enabled: true })
})

test('the team offers carry the catalog’s name, unit, image and list price', async () => {
  expect((await t.db.collection('team_offers').doc('team-grape').get()).data).toMatchObject({ productId: 'grape', name: '阳光玫瑰葡萄', unit: '一串约 600g', image: '/static/products/grape.svg', listPriceFen: 3990, teamPriceFen: 2990, size: 3, enabled: true })
})
