/** The member's cart on the server: per-line writes in parallel, replays, and a visitor's cart merged on joining. */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { seedStores } from '../support/fixtures'
import { act, member, rid, sku } from '../support/orders'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  for (let i = 0; i < 10; i++) await sku(t, `c${i}`, 50, 1000 + i)
})
afterAll(() => t.close())
afterEach(() => t.dev('POST', 'faults', { conflictRate: 0 }))

const linesOf = async (openid: string) =>
  Object.fromEntries(((await act(t, 'catalog', openid, 'cart.get')).data.items as { skuId: string; quantity: number }[]).map((i) => [i.skuId, i.quantity]))

/** cart.update as a client sends it: COMMON.BUSY is sent again with the same requestId. */
async function update(openid: string, lines: { skuId: string; quantity: number }[], requestId = rid('cart')) {
  for (let attempt = 0; ; attempt++) {
    const reply = await act(t, 'catalog', openid, 'cart.update', { requestId, lines })
    if (reply.ok || reply.code !== 'COMMON.BUSY' || attempt > 10) return reply
  }
}

test('ten writes to different lines of one cart at once, with injected conflicts: none is lost', async () => {
  await member(t, 'two-phones')
  await t.dev('POST', 'faults', { conflictRate: 0.3 })
  const replies = await Promise.all(Array.from({ length: 10 }, (_, i) => update('two-phones', [{ skuId: `c${i}`, quantity: i + 1 }])))
  expect(replies.every((r) => r.ok)).toBe(true)
  await t.dev('POST', 'faults', { conflictRate: 0 })
  expect(await linesOf('two-phones')).toEqual(Object.fromEntries(Array.from({ length: 10 }, (_, i) => [`c${i}`, i + 1])))
})

test('a line set to 0 leaves the cart; other lines stay; a replayed write changes nothing', async () => {
  await member(t, 'tidy')
  await update('tidy', [{ skuId: 'c1', quantity: 2 }, { skuId: 'c2', quantity: 1 }])
  const requestId = rid('cart')
  await update('tidy', [{ skuId: 'c1', quantity: 0 }], requestId)
  await update('tidy', [{ skuId: 'c1', quantity: 5 }])
  // The first write's retry arrives late: it answers its first reply and does not remove c1 again.
  expect(await update('tidy', [{ skuId: 'c1', quantity: 0 }], requestId)).toMatchObject({ ok: true })
  expect(await linesOf('tidy')).toEqual({ c1: 5, c2: 1 })
  expect(await update('tidy', [{ skuId: 'c1', quantity: 100 }])).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  expect(await update('tidy', [{ skuId: 'c1', quantity: -1 }])).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
})

test('joining: the visitor’s device cart adds into the member’s, once, even sent three times at once', async () => {
  await member(t, 'joiner')
  await update('joiner', [{ skuId: 'c3', quantity: 2 }])
  const requestId = rid('merge')
  const lines = [{ skuId: 'c3', quantity: 3 }, { skuId: 'c4', quantity: 1 }, { skuId: 'c3', quantity: 1 }]
  const replies = await Promise.all([1, 2, 3].map(() => act(t, 'catalog', 'joiner', 'cart.merge', { requestId, lines })))
  expect(replies.filter((r) => r.ok).length).toBeGreaterThan(0)
  expect(await linesOf('joiner')).toEqual({ c3: 6, c4: 1 })
  // Quantities add up to 99 at most.
  await act(t, 'catalog', 'joiner', 'cart.merge', { requestId: rid('merge'), lines: [{ skuId: 'c4', quantity: 99 }] })
  expect((await linesOf('joiner')).c4).toBe(99)
})
