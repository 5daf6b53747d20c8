/**
 * The points ledger: database operations per earn and per spend (counted at the SDK
 * seam, inside the transaction), and ledger writes per second through the function
 * host (HTTP, the test-only `lab` function that drives the internal ledger module).
 */
import path from 'node:path'
import { createLocalCloud } from '../../local-cloud'
import { startHost } from '../../local-cloud/host'
import { schema } from '../../database/schema'
import { postEarning, postSpending } from '../../cloudfunctions/_shared/points-ledger'
import type { Db } from '../../cloudfunctions/_shared/db'
import { APP_FUNCTIONS, buildFunctions } from '../build-functions'

const ROOT = path.resolve(__dirname, '..', '..')
const LAB = { source: path.join(ROOT, 'tests', 'fixtures', 'cloudfunctions'), out: path.join(ROOT, 'build', 'test-cloudfunctions') }

export async function benchPoints(calls: number) {
  await buildFunctions(APP_FUNCTIONS)
  await buildFunctions(LAB)
  process.env.MEMBER_CODE_SECRET ??= 'bench-secret-0123456789abcdef'
  const cloud = createLocalCloud({ schema })
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const db = sdk.database() as Db

  // Operations per posting, counted at the seam between start and commit.
  const counted: string[] = []
  const handle = cloud.db.handle.bind(cloud.db)
  cloud.db.handle = async (api, params) => {
    if (params?.transactionId && api !== 'database.commitTransaction' && api !== 'database.abortTransaction') counted.push(api)
    return handle(api, params)
  }
  const opsOf = async (work: () => Promise<unknown>) => {
    counted.length = 0
    await work()
    return counted.length
  }
  const now = new Date()
  const earnOps = await opsOf(() => db.runTransaction((tx) => postEarning(tx, { memberId: 'm', requestId: 'e1', code: 'earn.till', amount: 100, expiresAt: new Date(now.getTime() + 1e10), now })))
  const spendOps = await opsOf(() => db.runTransaction((tx) => postSpending(tx, { memberId: 'm', requestId: 's1', code: 'spend.mall', amount: 30, now })))
  const replayOps = await opsOf(() => db.runTransaction((tx) => postEarning(tx, { memberId: 'm', requestId: 'e1', code: 'earn.till', amount: 100, expiresAt: new Date(now.getTime() + 1e10), now })))
  cloud.db.handle = handle

  // Throughput through the host: concurrent earns over 50 members, as the till would.
  const host = await startHost({ cloud, functionsRoot: [APP_FUNCTIONS.out, LAB.out, path.join(ROOT, 'tests', 'fixtures', 'functions')] })
  const members = Array.from({ length: 50 }, (_, i) => `bench-${i}`)
  for (const m of members) await db.collection('members').doc(m).set({ data: { cardNo: `9${String(members.indexOf(m)).padStart(11, '0')}`, tier: 'normal', growth: 0, tierGrowth: 0 } })
  const tokens = await Promise.all(members.map(async (openid) => ((await (await fetch(`${host.url}/__dev/login`, { method: 'POST', body: JSON.stringify({ openid }) })).json()) as { token: string }).token))
  const CONCURRENCY = 20
  let failed = 0
  const run = async (fn: string, event: (i: number) => object, check: (result: any) => boolean) => {
    let next = 0
    const started = performance.now()
    await Promise.all(
      Array.from({ length: CONCURRENCY }, async () => {
        while (next < calls) {
          const i = next++
          const r = await fetch(`${host.url}/cloud/${fn}`, { method: 'POST', headers: { authorization: `Bearer ${tokens[i % 50]}` }, body: JSON.stringify(event(i)) })
          if (!check(((await r.json()) as { result: unknown }).result)) failed++
        }
      }),
    )
    return (performance.now() - started) / 1000
  }
  // The same number of calls to a function that does nothing: the host's own cost.
  const baselineSeconds = await run('tick', () => ({}), () => true)
  const seconds = await run('lab', (i) => ({ action: 'earn', requestId: `bench-${i}-xyz`, amount: 5 }), (result) => result.ok)
  await host.close()
  cloud.close()
  return { earnOps, spendOps, replayOps, calls, failed, concurrency: CONCURRENCY, seconds, perSecond: Math.round(calls / seconds), baselinePerSecond: Math.round(calls / baselineSeconds) }
}
