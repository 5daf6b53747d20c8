import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, join, rid, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())

interface Item {
  id: string
  at: string
  amount: number
  code: string
}

/** Reads the whole history page by page, as the client's endless list does. */
async function readAll(member: string, filter: string, limit: number) {
  const seen: Item[] = []
  let pages = 0
  for (let cursor: unknown; ; pages++) {
    const reply = await act(t, 'points', member, 'history', { filter, limit, cursor })
    expect(reply.ok).toBe(true)
    seen.push(...reply.data.items)
    if (!reply.data.nextCursor) return { seen, pages: pages + 1 }
    cursor = reply.data.nextCursor
  }
}

const newestFirst = (a: Item, b: Item) => (a.at === b.at ? (a.id < b.id ? 1 : -1) : a.at < b.at ? 1 : -1)

describe('a year of lots expiring in one millisecond', () => {
  const member = 'history-expiry'
  beforeAll(async () => {
    // The dev clock stands still: 25 earnings share one millisecond, and so do their 25 expiries.
    await t.dev('POST', 'clock', { now: '2026-03-01T02:00:00.000Z' })
    await join(t, member)
    for (let i = 0; i < 25; i++) await act(t, 'lab', member, 'earn', { requestId: rid(`lot${i}`), amount: 10 + i })
    await t.dev('POST', 'clock', { now: '2027-12-31T16:00:00.000Z' })
    expect((await t.dev('POST', 'trigger/points/expirePoints')).result.data.expired).toBe(25 * 10 + 300)
  })
  afterAll(() => t.dev('DELETE', 'clock'))

  test.each([
    ['all', 7, 50],
    ['all', 20, 50],
    ['all', 50, 50],
    ['spend', 20, 25],
    ['spend', 4, 25],
    ['earn', 3, 25],
  ])('filter %s, pages of %i: every one of %i entries once, newest first in a stable order', async (filter, limit, total) => {
    const { data } = await t.db.collection('points_ledger').where({ memberId: member }).limit(1000).get()
    expect(data.filter((e: { code: string }) => e.code === 'expire')).toHaveLength(25)
    expect(new Set(data.filter((e: { code: string }) => e.code === 'expire').map((e: { at: Date }) => e.at.getTime())).size).toBe(1)
    const { seen, pages } = await readAll(member, filter, limit)
    expect(seen).toHaveLength(total)
    expect(new Set(seen.map((i) => i.id)).size).toBe(total)
    expect(seen).toEqual([...seen].sort(newestFirst))
    expect(pages).toBe(Math.floor(total / limit) + 1)
  })

  test('the same page asked twice answers the same', async () => {
    const first = await act(t, 'points', member, 'history', { limit: 10 })
    const next = { limit: 10, cursor: first.data.nextCursor }
    expect(await act(t, 'points', member, 'history', next)).toEqual(await act(t, 'points', member, 'history', next))
  })
})

test.each([
  ['a time that is not one', { at: 'yesterday', id: 'x' }],
  ['an operator for an id', { at: '2026-01-01T00:00:00.000Z', id: { $gt: '' } }],
  ['an id with odd characters', { at: '2026-01-01T00:00:00.000Z', id: 'a b' }],
  ['a bare time (the old cursor)', '2026-01-01T00:00:00.000Z'],
])('a cursor with %s is refused with COMMON.INVALID_INPUT', async (_name, cursor) => {
  await join(t, 'history-bad')
  expect(await act(t, 'points', 'history-bad', 'history', { cursor })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
})
