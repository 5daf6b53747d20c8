/**
 * A visitor who opens a shared team link (拼团) and joins the membership from the team page
 * is attributed, first touch: to the sharing leader's scene when a leader shared it (the
 * chains' rule), else to the team's store through its team scene, written when the offer
 * was listed in the console. An existing member's attribution never moves.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, join, rid, seedStores } from '../support/fixtures'
import { categoryRecord, productRecord, teamOfferRecord } from '../support/admin-samples'
import { leader } from '../support/groupbuy'
import { openPaid } from '../support/teams'

let t: TestCloud
let teamId: string
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  const admin = (action: string, payload: Record<string, unknown>) => act(t, 'admin', ADMIN, action, { requestId: rid(), ...payload })
  expect((await admin('category.create', { record: categoryRecord('cat-1') })).ok).toBe(true)
  expect((await admin('product.create', { record: productRecord('prod-1') })).ok).toBe(true)
  expect((await admin('teamOffer.create', { record: teamOfferRecord('team-share', { storeIds: ['store-a', 'store-b'] }) })).ok).toBe(true)
  await join(t, 'sharer')
  teamId = (await openPaid(t, 'sharer', 'team-share')).teamId
}, 60_000)
afterAll(() => t.close())

const cardNoOf = async (openid: string) => (await t.db.collection('members').doc(openid).get()).data.cardNo as string
const attributionOf = async (openid: string) => (await t.db.collection('members').doc(openid).get()).data.attribution

test('listing an offer gives each of its stores a team scene', async () => {
  for (const storeId of ['store-a', 'store-b']) expect((await t.db.collection('scenes').doc(`tb-${storeId}`).get()).data).toMatchObject({ storeId, channel: 'online', enabled: true })
})

test('a link shared by a member attributes the visitor to the team’s store', async () => {
  const seen = (await act(t, 'groupbuy', 'visitor-1', 'team.get', { teamId, from: await cardNoOf('sharer') })).data
  expect(seen).toMatchObject({ member: false, sceneId: 'tb-store-a' })
  await join(t, 'visitor-1', seen.sceneId)
  expect(await attributionOf('visitor-1')).toMatchObject({ sceneId: 'tb-store-a', storeId: 'store-a', channel: 'online' })
})

test('a link shared by a leader attributes the visitor to the leader, as chains do', async () => {
  const lead = await leader(t, 'lead-share', { storeId: 'store-b' })
  const seen = (await act(t, 'groupbuy', 'visitor-2', 'team.get', { teamId, from: await cardNoOf('lead-share') })).data
  expect(seen.sceneId).toBe(lead.sceneId)
  await join(t, 'visitor-2', seen.sceneId)
  expect(await attributionOf('visitor-2')).toMatchObject({ sceneId: lead.sceneId, storeId: 'store-b', channel: 'groupbuy' })
})

test('a member is given no scene, and their attribution never moves; a bad sharer is refused', async () => {
  const before = await attributionOf('sharer')
  expect((await act(t, 'groupbuy', 'sharer', 'team.get', { teamId, from: await cardNoOf('lead-share') })).data.sceneId).toBeNull()
  await join(t, 'sharer', 'tb-store-b')
  expect(await attributionOf('sharer')).toEqual(before)
  expect(await act(t, 'groupbuy', 'visitor-3', 'team.get', { teamId, from: 'not-a-card' })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  // An unknown card number is nobody: the team's store.
  expect((await act(t, 'groupbuy', 'visitor-3', 'team.get', { teamId, from: '999999999999' })).data.sceneId).toBe('tb-store-a')
})

test('a team scene the merchant retired attributes nothing, and listing another offer does not revive it', async () => {
  expect(await act(t, 'admin', ADMIN, 'scene.retire', { requestId: rid(), id: 'tb-store-b' })).toMatchObject({ ok: true })
  expect((await act(t, 'admin', ADMIN, 'teamOffer.create', { requestId: rid(), record: teamOfferRecord('team-share-2', { storeIds: ['store-b'] }) })).ok).toBe(true)
  expect((await t.db.collection('scenes').doc('tb-store-b').get()).data.enabled).toBe(false)
  await join(t, 'visitor-4', 'tb-store-b')
  expect(await attributionOf('visitor-4')).toBeNull()
})

test('the console’s 门店码 lists the leader’s scene and the team scenes with the store’s own', async () => {
  const listed = await act(t, 'admin', ADMIN, 'scene.list', { pageSize: 50 })
  expect(listed).toMatchObject({ ok: true })
  const channels = Object.fromEntries(listed.data.items.map((i: { record: { id: string; channel: string } }) => [i.record.id, i.record.channel]))
  expect(channels).toMatchObject({ 'tb-store-a': 'online', 'tb-store-b': 'online', [`gb-${await cardNoOf('lead-share')}`]: 'groupbuy' })
})
