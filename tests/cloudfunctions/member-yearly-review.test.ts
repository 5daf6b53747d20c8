/** Issue 10 item 5: the yearly review sums the last 12 months exactly, and never overwrites a concurrent upgrade. */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, join, rid, seedStores } from '../support/fixtures'
import { currentCaller } from '../../local-cloud/context'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())

const DAY = 86_400_000
const review = async () => {
  await t.dev('DELETE', 'jobs')
  const r = await fetch(`${t.host.url}/__dev/trigger/member/yearlyReview`, { method: 'POST' })
  expect(r.status).toBe(200)
  return (await r.json()).result.data
}

/** Growth entries written straight into the store (thousands, quickly). */
function seedGrowth(memberId: string, count: number, amount: number, at: Date, tag: string) {
  t.cloud.db.store.apply(
    Array.from({ length: count }, (_, i) => {
      const id = `${memberId}-${tag}-${String(i).padStart(5, '0')}`
      return { coll: 'growth_ledger', id, doc: { _id: id, memberId, requestId: id, code: 'growth.spend', amount, at } }
    }),
  )
}

test('1,000 old entries and 6,000 growth last month (1,500 entries at one instant): 金卡', async () => {
  const openid = 'many-entries'
  await join(t, openid)
  const now = Date.now()
  seedGrowth(openid, 1000, 100, new Date(now - 400 * DAY), 'old')
  // 1,500 entries sharing one millisecond: a page edge falls inside them.
  seedGrowth(openid, 1500, 4, new Date(now - 30 * DAY), 'recent')
  await review()
  const { data } = await act(t, 'member', openid, 'card')
  expect(data.tier.code).toBe('gold')
  expect(data.tierGrowth).toBe(6000)
})

test('a sign-in that upgrades the member while the review sums their growth is never overwritten', async () => {
  const m = 'edge-upgrade'
  await join(t, m)
  seedGrowth(m, 999, 1, new Date(Date.now() - 10 * DAY), 'near')
  await t.db.collection('members').doc(m).update({ data: { growth: 999, tierGrowth: 999 } })
  // When the review's transaction reads the member (after it summed 999), the sign-in lands first.
  let landed = false
  t.cloud.db.beforeRequest = async (api, params) => {
    if (landed || api !== 'database.getDocument' || params.collectionName !== 'members' || !params.transactionId) return
    if (currentCaller()?.SOURCE !== 'wx_trigger' || !String(params.query).includes(m)) return
    landed = true
    expect(await act(t, 'signin', m, 'checkin', { requestId: rid('in') })).toMatchObject({ ok: true })
    expect((await act(t, 'member', m, 'card')).data.tier.code).toBe('silver')
  }
  try {
    await review()
  } finally {
    t.cloud.db.beforeRequest = undefined
  }
  expect(landed).toBe(true)
  const { data } = await act(t, 'member', m, 'card')
  expect([data.tier.code, data.tierGrowth]).toEqual(['silver', 1000])
})
