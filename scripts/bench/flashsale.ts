/**
 * Flash sale: reserve attempts per second through the function host with p50/p99, the
 * database operations of one successful reservation (at the SDK seam), and K = 1 against
 * K = 8 shards under the emulator's conflict model (conflictRate 0.2): 2,000 attempts from
 * 500 members on a stock of 100, then the 100 unpaid reservations expiring (transactions
 * that give units back to the shards) while 1,000 more attempts buy them again.
 */
import { createLocalCloud } from '../../local-cloud'
import { setClock, resetClock } from '../../local-cloud/clock'
import { startHost } from '../../local-cloud/host'
import { schema } from '../../database/schema'
import type { Db } from '../../cloudfunctions/_shared/db'
import { writeFlashItem } from '../../cloudfunctions/flashsale/flash-docs'
import { APP_FUNCTIONS, buildFunctions } from '../build-functions'

const CONCURRENCY = 50
const MEMBERS = 500
const STOCK = 100

const pctl = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

type Env = Awaited<ReturnType<typeof setUp>>

/** One cloud and one host for both runs (the host's process.env proxy cannot be installed twice in a process). */
async function setUp() {
  const cloud = createLocalCloud({ schema })
  cloud.db.faults.conflictRate = 0.2
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const db = sdk.database() as Db
  const host = await startHost({ cloud, functionsRoot: [APP_FUNCTIONS.out] })
  await db.collection('stores').doc('s1').set({ data: { name: '门店' } })
  const members = Array.from({ length: MEMBERS + 1 }, (_, i) => `fs-${i}`)
  for (const [i, m] of members.entries()) await db.collection('members').doc(m).set({ data: { cardNo: `7${String(i).padStart(11, '0')}`, tier: 'normal', growth: 0, tierGrowth: 0 } })
  const tokens = await Promise.all(members.map(async (openid) => ((await (await fetch(`${host.url}/__dev/login`, { method: 'POST', body: JSON.stringify({ openid }) })).json()) as { token: string }).token))
  return { cloud, db, host, tokens }
}

async function oneRun({ cloud, db, host, tokens }: Env, shards: number) {
  setClock('2026-12-01T02:00:00.000Z', true) // 10:00 Shanghai, ticking
  const item = (id: string, stock: number) =>
    writeFlashItem(db, { _id: id, day: '2026-12-01', start: '10:00', minutes: 120, skuId: 'sku', productId: 'p', category: 'fruit', name: '秒杀', skuName: '标准装', image: '', listPriceFen: 5000, flashPriceFen: 990, stock, shards, limit: 1, tiers: null, storeIds: ['s1'] })
  const probeId = `probe-k${shards}`
  const hotId = `hot-k${shards}`
  await item(probeId, 10)
  await item(hotId, STOCK)
  await new Promise((r) => setTimeout(r, 1100)) // the rate gate of the previous run passes
  const send = async (member: number, itemId: string, requestId: string) =>
    ((await (await fetch(`${host.url}/cloud/flashsale`, { method: 'POST', headers: { authorization: `Bearer ${tokens[member]}` }, body: JSON.stringify({ action: 'reserve', requestId, itemId, quantity: 1, storeId: 's1' }) })).json()) as { result: { ok: boolean; code?: string } }).result
  // A connection the host reset (keep-alive) is sent again, as a client would, with the same requestId.
  const reserve = async (member: number, itemId: string, requestId: string) => {
    try {
      return await send(member, itemId, requestId)
    } catch {
      return send(member, itemId, requestId)
    }
  }

  // The seam: every database operation, conflicts met, shard decrements that found the shard short.
  const seam = { ops: 0, conflicts: 0, shardMisses: 0 }
  const handle = cloud.db.handle.bind(cloud.db)
  cloud.db.handle = async (api, params) => {
    if (!['database.startTransaction', 'database.commitTransaction', 'database.abortTransaction'].includes(api)) seam.ops++
    const out = (await handle(api, params)) as { code?: string; data?: { updated?: number } }
    if (out?.code === 'DATABASE_TRANSACTION_CONFLICT') seam.conflicts++
    if (api === 'database.modifyDocument' && params?.collectionName === 'flash_shards' && params?.queryType !== 'DOC' && out?.data?.updated === 0) seam.shardMisses++
    return out as never
  }
  // One successful reservation with the item's rules already in the instance's cache.
  await reserve(MEMBERS, probeId, `warm-${shards}-xyz`) // a first call warms the cache (and takes a unit)
  Object.assign(seam, { ops: 0, conflicts: 0, shardMisses: 0 })
  const probe = await reserve(0, probeId, `count-${shards}-xyz`)
  const opsPerSuccess = probe.ok ? seam.ops : -1

  const crowd = async (attempts: number, tag: string) => {
    Object.assign(seam, { ops: 0, conflicts: 0, shardMisses: 0 })
    const latencies: number[] = []
    const codes: Record<string, number> = {}
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < attempts) {
          const i = next++
          const t0 = performance.now()
          const r = await reserve(i % MEMBERS, hotId, `${tag}-${shards}-${i}-xyz`)
          latencies.push(performance.now() - t0)
          const code = r.ok ? 'ok' : (r.code ?? '?')
          codes[code] = (codes[code] ?? 0) + 1
        }
      }),
    )
    const seconds = (performance.now() - started) / 1000
    latencies.sort((a, b) => a - b)
    return { attempts, seconds, perSecond: Math.round(attempts / seconds), p50: Math.round(pctl(latencies, 50)), p99: Math.round(pctl(latencies, 99)), codes, ...seam, opsPerSuccess: codes.ok ? +(seam.ops / codes.ok).toFixed(1) : 0 }
  }
  const rush = await crowd(4 * MEMBERS, 'rush')

  // Five minutes on: the expiry timer gives the 100 units back while others buy them again.
  setClock('2026-12-01T02:05:30.000Z', true)
  await new Promise((r) => setTimeout(r, 1100)) // the instance's sold-out memo and rate gate pass
  const expiring = fetch(`${host.url}/__dev/trigger/order/expireUnpaid`, { method: 'POST' }).then((r) => r.json())
  const again = await crowd(2 * MEMBERS, 'again')
  const expired = ((await expiring) as { result: { data: { cancelled: number } } }).result.data
  const shardsLeft = ((await db.collection('flash_shards').where({ itemId: hotId }).get()).data as { stock: number }[]).reduce((a, s) => a + s.stock, 0)
  cloud.db.handle = handle
  resetClock()
  return { shards, opsPerSuccess, rush, again, expired: expired.cancelled, shardsLeft }
}

export async function benchFlashsale() {
  await buildFunctions(APP_FUNCTIONS)
  process.env.MEMBER_CODE_SECRET ??= 'bench-secret-0123456789abcdef'
  const env = await setUp()
  await oneRun(env, 2) // warm-up, not reported: the first crowd through a fresh host pays for the JIT
  const runs = [await oneRun(env, 1), await oneRun(env, 8)]
  await env.host.close()
  env.cloud.close()
  return { concurrency: CONCURRENCY, members: MEMBERS, stock: STOCK, runs }
}
