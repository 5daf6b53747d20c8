/**
 * The local cloud answers queries through the declared indexes (equality on a prefix, then
 * a range or sort on the next field), so a query's cost does not grow with the collection;
 * a function's unindexed query on a collection above a few documents is refused, naming the
 * collection, the shape and the index to declare.
 */
import { runAs } from '../../local-cloud'
import { UNINDEXED_THRESHOLD } from '../../local-cloud/database'
import { sdkAgainstLocalCloud, thrown } from '../support/sdk'

const schema = {
  collections: [
    { name: 'ledger', indexes: [{ name: 'member_at', fields: ['memberId', 'at'] }] },
    { name: 'coupons', indexes: [{ name: 'status_until', fields: ['status', 'lock.until'] }] },
  ],
}
const { local, db, _ } = sdkAgainstLocalCloud(schema)
local.db.policy.unindexed = 'error'
const asFunction = (fn: () => Promise<any>): Promise<any> => runAs({ APPID: 'wx-test', ENV: 'local', SOURCE: 'wx_client', OPENID: 'someone' }, fn)
const T0 = Date.parse('2026-11-01T00:00:00.000Z')

function seed(members: number, perMember: number) {
  const changes = []
  for (let m = 0; m < members; m++) {
    for (let i = 0; i < perMember; i++) {
      const id = `m${m}-${i}`
      changes.push({ coll: 'ledger', id, doc: { _id: id, memberId: `m${m}`, at: new Date(T0 + i * 60_000), amount: i % 3 === 0 ? -1 : 5 } })
    }
  }
  local.db.store.apply(changes)
}

/** What one member's newest page costs: index entries and documents looked at. */
async function costOfHistory(): Promise<{ examined: number; ids: string[] }> {
  const before = local.db.stats.examined
  const { data } = await asFunction(() => db.collection('ledger').where({ memberId: 'm1', at: _.lt(new Date(T0 + 30 * 60_000)) }).orderBy('at', 'desc').limit(5).get())
  return { examined: local.db.stats.examined - before, ids: data.map((d: { _id: string }) => d._id) }
}

test('a member’s page costs the same with 10 members or 2,000 (and answers the same rows)', async () => {
  seed(10, 50)
  const small = await costOfHistory()
  expect(small.ids).toEqual(['m1-29', 'm1-28', 'm1-27', 'm1-26', 'm1-25'])
  seed(2000, 50)
  const large = await costOfHistory()
  expect(large).toEqual(small)
  expect(large.examined).toBeLessThanOrEqual(6)
})

test('results through an index equal a scan: ranges, $in, residual filters, skip, ascending and descending', async () => {
  const scan = (where: object) => local.db.store.all('ledger').filter((d) => Object.entries(where).every(([k, v]) => (typeof v === 'function' ? v(d[k]) : d[k] === v)))
  const { data: earn } = await asFunction(() => db.collection('ledger').where({ memberId: 'm7', amount: _.gt(0), at: _.gte(new Date(T0 + 10 * 60_000)) }).orderBy('at', 'asc').skip(2).limit(1000).get())
  const expected = scan({ memberId: 'm7', amount: (a: number) => a > 0, at: (at: Date) => at.getTime() >= T0 + 10 * 60_000 }).sort((a, b) => (a.at as Date).getTime() - (b.at as Date).getTime())
  expect(earn.map((d: { _id: string }) => d._id)).toEqual(expected.slice(2).map((d) => d._id))
  const { total } = await asFunction(() => db.collection('ledger').where({ memberId: _.in(['m3', 'm4', 'nobody']) }).count())
  expect(total).toBe(100)
})

test('an unindexed query from a function is refused with the index to declare; tests and seeds (no caller) may scan', async () => {
  expect(local.db.store.size('ledger')).toBeGreaterThan(UNINDEXED_THRESHOLD)
  const e = await thrown(() => asFunction(() => db.collection('ledger').where({ amount: 5 }).orderBy('at', 'desc').get()))
  expect(e.errMsg).toContain("unindexed query on ledger (100000 documents): ledger where {amount} sort {at:desc}. Declare the index in database/schema.ts, collection 'ledger': { name: 'amount_at', fields: [\"amount\",\"at\"] }")
  expect((await db.collection('ledger').where({ amount: 5 }).limit(1).get()).data).toHaveLength(1)
  expect(local.db.shapes.get('ledger where {amount} sort {at:desc}')).toMatchObject({ index: undefined })
})

test('a small collection may be scanned; nested fields and missing values are indexed', async () => {
  await db.collection('coupons').add({ data: { status: 'locked', lock: { until: new Date(T0) } } })
  await db.collection('coupons').add({ data: { status: 'locked' } })
  await db.collection('coupons').add({ data: { status: 'available' } })
  const { data } = await asFunction(() => db.collection('coupons').where({ status: 'locked', 'lock.until': _.lt(new Date(T0 + 1)) }).get())
  expect(data).toHaveLength(1)
  expect((await asFunction(() => db.collection('coupons').where({ lock: _.exists(false) }).get())).data).toHaveLength(2)
})
