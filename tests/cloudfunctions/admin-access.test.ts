import { adminContracts } from '@/contracts/admin'
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, STAFF_A, act, join, rid, seedStores } from '../support/fixtures'
import { campaignRecord, categoryRecord, everyAction, flashItemRecord, LEADER_CARD, leaderMember, leaderRecord, productRecord, sceneRecord, storeRecord, templateRecord } from '../support/admin-samples'

const MANAGER_A = 'manager-a'
let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.db.collection('staff').doc(MANAGER_A).set({ data: { role: 'manager', storeId: 'store-a', name: '店长小周', active: true } })
  await t.db.collection('staff').doc('retired-admin').set({ data: { role: 'admin', storeId: 'store-a', name: '前店长', active: false } })
  expect((await act(t, 'admin', ADMIN, 'couponTemplate.create', { requestId: rid(), record: templateRecord('tpl-1') })).ok).toBe(true)
  expect((await act(t, 'admin', ADMIN, 'campaign.create', { requestId: rid(), record: campaignRecord('camp-1') })).ok).toBe(true)
  // The flash item of the samples is for 2026-12-01 10:00 Shanghai: set it up before then.
  await t.dev('POST', 'clock', { now: '2026-11-30T00:00:00.000Z', ticking: true })
  for (const [action, record] of [['category.create', categoryRecord('cat-1')], ['product.create', productRecord('prod-1')], ['flashItem.create', flashItemRecord('fi-1')]] as const) {
    expect((await act(t, 'admin', ADMIN, action, { requestId: rid(), record })).ok).toBe(true)
  }
  await leaderMember(t.db, 'leader-1', LEADER_CARD)
  await leaderMember(t.db, 'leader-2', '880000000778')
  await leaderMember(t.db, 'leader-3', '880000000779')
  expect((await act(t, 'admin', ADMIN, 'leader.create', { requestId: rid(), record: leaderRecord(LEADER_CARD, 'store-b') })).ok).toBe(true)
  await join(t, 'plain-member')
})
afterAll(() => t.close())

const COLLECTIONS = ['stores', 'scenes', 'coupon_templates', 'campaigns', 'settings', 'admin_audit', 'staff', 'categories', 'products', 'skus', 'flash_items', 'flash_shards', 'leaders', 'team_offers']
async function snapshot() {
  const all: Record<string, unknown> = {}
  for (const c of COLLECTIONS) all[c] = (await t.db.collection(c).limit(1000).get()).data.sort((a: { _id: string }, b: { _id: string }) => (a._id < b._id ? -1 : 1))
  return JSON.stringify(all)
}

test('the samples cover every admin action', () => {
  expect(Object.keys(everyAction()).sort()).toEqual(Object.keys(adminContracts).sort())
})

describe.each([
  ['a member', 'plain-member'],
  ['a cashier (staff)', STAFF_A],
  ['an inactive admin', 'retired-admin'],
  ['a stranger', 'nobody'],
])('%s is refused on every action, and nothing changes', (_who, openid) => {
  test.each(Object.entries(everyAction()))('%s', async (action, payload) => {
    const before = await snapshot()
    expect(await act(t, 'admin', openid, action, payload)).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await snapshot()).toBe(before)
  })
})

describe('a 店长 (manager of store-a)', () => {
  const chainWide = Object.entries(everyAction()).filter(([a]) => /^(couponTemplate|campaign|tiers|pointsRules|audit|category|product|flashItem|teamOffer)\.|^store\.(create|retire)$/.test(a))
  test.each(chainWide)('is refused chain-wide %s, and nothing changes', async (action, payload) => {
    const before = await snapshot()
    expect(await act(t, 'admin', MANAGER_A, action, payload)).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await snapshot()).toBe(before)
  })

  test.each([
    ['store.get', { id: 'store-b' }],
    ['store.update', { requestId: rid(), record: storeRecord('store-b') }],
    ['scene.get', { id: 'sB1' }],
    ['scene.create', { requestId: rid(), record: sceneRecord('sMine', 'store-b') }],
    ['scene.update', { requestId: rid(), record: sceneRecord('sB1', 'store-b') }],
    ['scene.update', { requestId: rid(), record: sceneRecord('sB1', 'store-a') }],
    ['scene.update', { requestId: rid(), record: sceneRecord('sA1', 'store-b') }],
    ['scene.retire', { requestId: rid(), id: 'sB1' }],
    ['scene.qr', { id: 'sB1' }],
    ['leader.get', { id: LEADER_CARD }],
    ['leader.create', { requestId: rid(), record: leaderRecord('880000000778', 'store-b') }],
    ['leader.update', { requestId: rid(), record: leaderRecord(LEADER_CARD, 'store-b') }],
    ['leader.update', { requestId: rid(), record: leaderRecord(LEADER_CARD, 'store-a') }],
    ['leader.retire', { requestId: rid(), id: LEADER_CARD }],
  ])('cannot touch another store: %s %j', async (action, payload) => {
    const before = await snapshot()
    expect(await act(t, 'admin', MANAGER_A, action, payload)).toMatchObject({ ok: false, code: 'ADMIN.OTHER_STORE', message: '只能管理本门店' })
    expect(await snapshot()).toBe(before)
  })

  test('sees only their own store and its scenes, and manages them', async () => {
    expect((await act(t, 'admin', MANAGER_A, 'whoami')).data).toEqual({ role: 'manager', storeId: 'store-a' })
    expect((await act(t, 'admin', MANAGER_A, 'store.list')).data.items.map((i: any) => i.record.id)).toEqual(['store-a'])
    const scenes = (await act(t, 'admin', MANAGER_A, 'scene.list')).data.items.map((i: any) => i.record.storeId)
    expect(new Set(scenes)).toEqual(new Set(['store-a']))
    expect((await act(t, 'admin', MANAGER_A, 'store.update', { requestId: rid(), record: storeRecord('store-a', { name: '徐汇旗舰店' }) })).data.item.record.name).toBe('徐汇旗舰店')
    expect((await act(t, 'admin', MANAGER_A, 'scene.create', { requestId: rid(), record: sceneRecord('sA-group', 'store-a', { channel: 'community', label: '社群二维码' }) })).ok).toBe(true)
  })

  test('approves, lists and retires leaders of their own store only', async () => {
    expect((await act(t, 'admin', MANAGER_A, 'leader.create', { requestId: rid(), record: leaderRecord('880000000779', 'store-a') })).data.item.record.storeId).toBe('store-a')
    expect((await act(t, 'admin', MANAGER_A, 'leader.list')).data.items.map((i: any) => i.record.id)).toEqual(['880000000779'])
    expect((await act(t, 'admin', MANAGER_A, 'leader.retire', { requestId: rid(), id: '880000000779' })).data.item.enabled).toBe(false)
  })
})

test('an openid on ADMIN_OPENIDS is an admin without a staff document', async () => {
  expect((await act(t, 'admin', 'hq-owner', 'whoami')).code).toBe('COMMON.FORBIDDEN')
  process.env.ADMIN_OPENIDS = 'someone-else, hq-owner'
  try {
    expect((await act(t, 'admin', 'hq-owner', 'whoami')).data).toEqual({ role: 'admin', storeId: null })
  } finally {
    delete process.env.ADMIN_OPENIDS
  }
})
