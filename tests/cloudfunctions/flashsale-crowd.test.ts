/**
 * The hardest minute: 2,000 parallel reserve attempts from 500 members on a stock of 100,
 * with the stock in 1 and in 8 shards, and 20% of transactions meeting an injected
 * conflict (the expiries that return stock run in transactions). Exactly the stock sells,
 * no member goes over the limit, and shards + reservations always add up to the stock.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { seedStores } from '../support/fixtures'
import { clientCrowd } from '../support/client-sends'
import { trigger } from '../support/orders'
import { at, flashItem, members, setClock, shardsLeft, sum, unitsReserved } from '../support/flashsale'
import { rid } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())

/** FLASH_CROWD_SCALE=0.1 runs a tenth of the crowd (a quick look while working). */
const SCALE = Number(process.env.FLASH_CROWD_SCALE ?? 1)
const STOCK = Math.round(100 * SCALE)
const MEMBERS = Math.round(500 * SCALE)
jest.setTimeout(300_000)

async function crowd(itemId: string, buyers: string[], tapsEach: number) {
  const c = clientCrowd(t, `flash ${itemId}`)
  let sampling = true
  const samples: number[] = []
  const sampler = (async () => {
    while (sampling) {
      samples.push(sum(await shardsLeft(t, itemId)) + (await unitsReserved(t, itemId)))
      await new Promise((r) => setTimeout(r, 100))
    }
  })()
  const attempts = buyers.flatMap((b) => Array.from({ length: tapsEach }, () => b))
  const started = performance.now()
  const replies = await Promise.all(attempts.map((b) => c.sendLikeAClient('flashsale', b, 'reserve', { requestId: rid('crowd'), itemId, quantity: 1, storeId: 'store-a' })))
  sampling = false
  await sampler
  console.info(`[crowd] ${itemId}: ${attempts.length} attempts in ${Math.round(performance.now() - started)} ms, ${samples.length} samples`)
  c.report()
  return { replies, samples, stats: c.stats }
}

async function expectExact(itemId: string, buyers: string[], limit: number) {
  expect(sum(await shardsLeft(t, itemId)) + (await unitsReserved(t, itemId))).toBe(STOCK)
  const held = (await t.db.collection('members').where({ _id: t.db.command.in(buyers) }).field({ flashBuys: true }).limit(1000).get()).data as { flashBuys?: Record<string, { n: number }> }[]
  const perMember = held.map((m) => m.flashBuys?.[itemId]?.n ?? 0)
  expect(Math.max(...perMember)).toBeLessThanOrEqual(limit)
  const orders = (await t.db.collection('orders').where({ 'source.refId': itemId, status: 'unpaid' }).limit(1000).get()).data as { memberId: string }[]
  const byMember = new Map<string, number>()
  for (const o of orders) byMember.set(o.memberId, (byMember.get(o.memberId) ?? 0) + 1)
  expect(Math.max(...byMember.values())).toBeLessThanOrEqual(limit)
  expect(sum(perMember)).toBe(orders.length)
}

describe.each([
  [1, 1],
  [8, 2],
])('K = %i shards, limit %i', (shards, limit) => {
  const itemId = `crowd-k${shards}`
  const buyers = Array.from({ length: MEMBERS }, (_, i) => `k${shards}-m${i}`)

  test('2,000 attempts from 500 members: exactly 100 reserved, nobody over the limit, shards + reservations = 100 throughout', async () => {
    await flashItem(t, itemId, { stock: STOCK, shards, limit })
    await members(t, buyers)
    await setClock(t, at('10:00:00.000'))
    await t.dev('POST', 'faults', { conflictRate: 0.2 })
    const { replies, samples } = await crowd(itemId, buyers, 4)
    const ok = replies.filter((r) => r.ok)
    expect(ok).toHaveLength(STOCK)
    expect(new Set(replies.filter((r) => !r.ok).map((r) => r.code))).toEqual(expect.any(Set))
    for (const r of replies.filter((x) => !x.ok)) expect(['FLASH.SOLD_OUT', 'FLASH.LIMIT', 'FLASH.BUSY']).toContain(r.code)
    expect(samples.length).toBeGreaterThan(0)
    // In flight a unit is off its shard a moment before its order lands: never more than the stock.
    expect(Math.max(...samples)).toBeLessThanOrEqual(STOCK)
    await expectExact(itemId, buyers, limit)
    expect(sum(await shardsLeft(t, itemId))).toBe(0)
  })

  test('after 5 minutes unpaid reservations expire; their stock sells again, exactly', async () => {
    await setClock(t, at('10:05:01'))
    await trigger(t, 'order', 'expireUnpaid')
    await trigger(t, 'order', 'expireUnpaid')
    await trigger(t, 'order', 'expireUnpaid')
    expect(await unitsReserved(t, itemId)).toBe(0)
    expect(sum(await shardsLeft(t, itemId))).toBe(STOCK)
    await new Promise((r) => setTimeout(r, 1100)) // the instance's sold-out memo and rate gate pass
    const { replies } = await crowd(itemId, buyers.slice(0, Math.round(300 * SCALE)), 1)
    expect(replies.filter((r) => r.ok)).toHaveLength(STOCK)
    await expectExact(itemId, buyers, limit)
    await t.dev('POST', 'faults', { conflictRate: 0 })
  })
})
