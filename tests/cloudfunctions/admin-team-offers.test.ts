/**
 * 拼团 offers in the console (admin.teamOffer.*): created from a catalog SKU (name, unit,
 * image and list price read from it), audited, replay-safe, chain admins only; bad input
 * changes nothing; a retired offer opens no new team.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, join, rid, seedStores } from '../support/fixtures'
import { categoryRecord, productRecord, teamOfferRecord } from '../support/admin-samples'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  expect((await admin('category.create', { requestId: rid(), record: categoryRecord('cat-1') })).ok).toBe(true)
  expect((await admin('product.create', { requestId: rid(), record: productRecord('prod-1') })).ok).toBe(true)
})
afterAll(() => t.close())

const admin = (action: string, payload: Record<string, unknown> = {}) => act(t, 'admin', ADMIN, action, payload)
const offerDoc = async (id: string) => (await t.db.collection('team_offers').where({ _id: id }).get()).data[0] ?? null
const auditOf = async (targetId: string) => (await t.db.collection('admin_audit').where({ targetId }).limit(100).get()).data

test('an offer is created from the catalog, audited once however often it is replayed, and members see it', async () => {
  const requestId = rid()
  const record = teamOfferRecord('team-1')
  const replies = await Promise.all([admin('teamOffer.create', { requestId, record }), admin('teamOffer.create', { requestId, record })])
  expect(replies[0]).toMatchObject({ ok: true, data: { item: { record, enabled: true } } })
  expect(replies[1]).toEqual(replies[0])
  expect(await offerDoc('team-1')).toMatchObject({ productId: 'prod-1', skuId: 'prod-1-s1', unit: '标准装', listPriceFen: 1990, teamPriceFen: 1590, size: 3, windowHours: 24, perMemberLimit: 2, storeIds: ['store-a'], enabled: true })
  expect(await auditOf('team-1')).toEqual([expect.objectContaining({ action: 'teamOffer.create', actor: ADMIN, before: null })])
  const offers = await act(t, 'groupbuy', 'anyone', 'team.offers', { productId: 'prod-1' })
  expect(offers).toMatchObject({ ok: true, data: { offers: [expect.objectContaining({ offerId: 'team-1' })] } })
})

test('an update is audited with before and after; a retired offer opens no new team', async () => {
  expect(await admin('teamOffer.update', { requestId: rid(), record: teamOfferRecord('team-1', { teamPriceFen: 1490, size: 2 }) })).toMatchObject({ ok: true, data: { item: { record: { teamPriceFen: 1490, size: 2 } } } })
  expect((await admin('teamOffer.retire', { requestId: rid(), id: 'team-1' })).data.item.enabled).toBe(false)
  const audit = (await auditOf('team-1')).sort((a: { at: Date }, b: { at: Date }) => +a.at - +b.at)
  expect(audit.map((e: { action: string }) => e.action)).toEqual(['teamOffer.create', 'teamOffer.update', 'teamOffer.retire'])
  expect(audit[1].before).toMatchObject({ teamPriceFen: 1590, size: 3 })
  expect(audit[1].after).toMatchObject({ teamPriceFen: 1490, size: 2 })
  await join(t, 'opener')
  expect(await act(t, 'groupbuy', 'opener', 'team.open', { requestId: rid(), offerId: 'team-1', storeId: 'store-a' })).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_OFFER_NOT_FOUND' })
})

describe('bad input gets a clear code and changes nothing', () => {
  const snapshot = async () => JSON.stringify([(await t.db.collection('team_offers').limit(100).get()).data, (await t.db.collection('admin_audit').limit(1000).get()).data.length])
  test.each([
    ['a team price at the list price', { record: teamOfferRecord('team-bad', { teamPriceFen: 1990 }) }, 'ADMIN.TEAM_PRICE_NOT_BELOW_LIST'],
    ['a team price of 0', { record: teamOfferRecord('team-bad', { teamPriceFen: 0 }) }, 'COMMON.INVALID_INPUT'],
    ['a team of one', { record: teamOfferRecord('team-bad', { size: 1 }) }, 'COMMON.INVALID_INPUT'],
    ['a team of eleven', { record: teamOfferRecord('team-bad', { size: 11 }) }, 'COMMON.INVALID_INPUT'],
    ['a window of 0 hours', { record: teamOfferRecord('team-bad', { windowHours: 0 }) }, 'COMMON.INVALID_INPUT'],
    ['no store', { record: teamOfferRecord('team-bad', { storeIds: [] }) }, 'COMMON.INVALID_INPUT'],
    ['an unknown store', { record: teamOfferRecord('team-bad', { storeIds: ['store-zz'] }) }, 'ADMIN.STORE_NOT_FOUND'],
    ['an unknown SKU', { record: teamOfferRecord('team-bad', { skuId: 'nope' }) }, 'ADMIN.SKU_NOT_FOUND'],
    ['an unknown field', { record: { ...teamOfferRecord('team-bad'), stock: 5 } }, 'COMMON.INVALID_INPUT'],
  ])('%s', async (_what, payload, code) => {
    const before = await snapshot()
    expect(await admin('teamOffer.create', { requestId: rid(), ...payload })).toMatchObject({ ok: false, code })
    expect(await snapshot()).toBe(before)
  })
})
