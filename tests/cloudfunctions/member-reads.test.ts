/**
 * A member's screens, read once each (points history and mall, wallet, card, sign-in): every
 * query they make goes through a declared index, and their shapes are recorded for the
 * index coverage test (tests/database/index-coverage.test.ts).
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, join, rid, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())

test('every member-facing read answers through an index, whatever the filter', async () => {
  const m = 'reader'
  await join(t, m)
  for (let i = 0; i < 3; i++) expect(await act(t, 'lab', m, 'earn', { requestId: rid(), amount: 10 })).toMatchObject({ ok: true })
  expect(await act(t, 'lab', m, 'spend', { requestId: rid(), amount: 5 })).toMatchObject({ ok: true })
  const reads: [string, string, Record<string, unknown>][] = [
    ['points', 'balance', {}],
    ['points', 'history', {}],
    ['points', 'history', { filter: 'earn', before: new Date(Date.now() + 1000).toISOString() }],
    ['points', 'history', { filter: 'spend' }],
    ['points', 'expiring', {}],
    ['points', 'mall.list', {}],
    ['points', 'mall.records', {}],
    ['coupon', 'center', {}],
    ['coupon', 'wallet', {}],
    ['coupon', 'applicable', { lines: [{ sku: 'x', category: 'fruit', priceFen: 1000, quantity: 1 }], channel: 'online' }],
    ['member', 'card', {}],
    ['signin', 'status', {}],
  ]
  for (const [fn, action, payload] of reads) expect([fn, action, await act(t, fn, m, action, payload)]).toEqual([fn, action, expect.objectContaining({ ok: true })])
  const unserved = [...t.cloud.db.shapes.values()].filter((s) => !s.index)
  expect(unserved).toEqual([])
  expect((await act(t, 'points', m, 'history', { filter: 'earn' })).data.items.map((i: { amount: number }) => i.amount)).toEqual([10, 10, 10])
})
