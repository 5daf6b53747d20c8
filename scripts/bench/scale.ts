/**
 * `npm run bench -- --members 1000,100000,1000000`: the member base at several sizes, seeded
 * straight into the store (scale-seed.ts). For each size: p50/p99 latency of each
 * member-facing action through the function host, each timer job (invocations, longest
 * invocation against the 20 s timeout, total time, database requests per member), the
 * emulator's memory per million members and its start-up time from SQLite.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'
import v8 from 'node:v8'
import vm from 'node:vm'
import { createLocalCloud, resetClock, setClock } from '../../local-cloud'
import { startHost } from '../../local-cloud/host'
import { schema } from '../../database/schema'
import { seedDemo } from '../../database/seed/demo'
import { APP_FUNCTIONS, buildFunctions } from '../build-functions'
import { TEMPLATE_MEMBER, cloneMembers, memberId, templateDocs } from './scale-seed'

const ROOT = path.resolve(__dirname, '..', '..')
const LAB = { source: path.join(ROOT, 'tests', 'fixtures', 'cloudfunctions'), out: path.join(ROOT, 'build', 'test-cloudfunctions') }
const CALLS = Number(process.env.BENCH_SCALE_CALLS ?? 100)
const TIMEOUT_MS = 20_000
const STAFF = 'demo-staff'

export interface ActionResult { action: string; p50: number; p99: number }
export interface JobResult { job: string; invocations: number; longestMs: number; totalMs: number; opsPerMember: number; done: boolean }
export interface SizeResult { members: number; seedSeconds: number; bytesPerMillion: number; actions: ActionResult[]; jobs: JobResult[]; sqliteStartSeconds: number | null }

const quantile = (xs: number[], q: number) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(q * xs.length))]
v8.setFlagsFromString('--expose-gc')
const gc = vm.runInNewContext('gc') as () => void
/** Memory in use after a full collection: heap plus buffers. */
const used = () => {
  gc()
  const m = process.memoryUsage()
  return m.heapUsed + m.external + m.arrayBuffers
}
/** fetch, retried once when a pooled connection to an earlier host (same port) is gone. */
const post = async (url: string, init: RequestInit): Promise<Response> => {
  try {
    return await fetch(url, { method: 'POST', ...init })
  } catch {
    return fetch(url, { method: 'POST', ...init })
  }
}
let seq = 0
const rid = () => `bench-${Date.now().toString(36)}-${(seq++).toString(36)}-x`

export async function benchSize(members: number): Promise<SizeResult> {
  process.env.MEMBER_CODE_SECRET ??= 'bench-secret-0123456789abcdef'
  const cloud = createLocalCloud({ schema, unindexed: 'error' })
  const sdk = require('wx-server-sdk')
  sdk.init({ env: sdk.DYNAMIC_CURRENT_ENV })
  const db = sdk.database()
  const start = new Date('2026-06-10T02:00:00.000Z')
  setClock(start, true)
  await seedDemo(db, new Date())
  const host = await startHost({ cloud, functionsRoot: [APP_FUNCTIONS.out, LAB.out] })
  const tokens = new Map<string, string>()
  const call = async (fn: string, openid: string, event: Record<string, unknown>) => {
    if (!tokens.has(openid)) tokens.set(openid, ((await (await post(`${host.url}/__dev/login`, { body: JSON.stringify({ openid }) })).json()) as { token: string }).token)
    const r = await post(`${host.url}/cloud/${fn}`, { headers: { authorization: `Bearer ${tokens.get(openid)}` }, body: JSON.stringify(event) })
    const body = (await r.json()) as { result?: { ok: boolean; code?: string; data?: any } }
    if (!body.result?.ok) throw new Error(`${fn}.${String(event.action)} as ${openid}: ${JSON.stringify(body)}`)
    return body.result.data
  }

  // One member through the real actions, then cloned.
  await call('member', TEMPLATE_MEMBER, { action: 'join', requestId: rid(), consent: true, privacyVersion: '2026.1' })
  await call('lab', TEMPLATE_MEMBER, { action: 'earn', requestId: rid(), amount: 120 })
  await call('signin', TEMPLATE_MEMBER, { action: 'checkin', requestId: rid() })
  await call('coupon', TEMPLATE_MEMBER, { action: 'claim', requestId: rid(), templateId: 'center-85' })
  const template = templateDocs(cloud.db)
  const before = used()
  const seedStarted = performance.now()
  cloneMembers(cloud.db, template, 0, members)
  const seedSeconds = (performance.now() - seedStarted) / 1000
  const bytesPerMillion = ((used() - before) / members) * 1_000_000
  const center = cloud.db.store.get('coupon_templates', 'center-85')
  cloud.db.store.apply([
    { coll: 'coupon_templates', id: 'bench-claim', doc: { ...center, _id: 'bench-claim', stock: 1e9, left: 1e9 } },
    { coll: 'coupon_templates', id: 'bench-birthday', doc: { ...center, _id: 'bench-birthday', issuedBy: 'birthday', stock: 1e9, left: 1e9 } },
  ])

  // Settle before timing: every index sorted now (the emulator sorts one on first use) and
  // the heap collected, so the first actions timed do not pay the emulator's one-time work
  // after a bulk load (at 100,000 members that added ~2.5 ms to the first four actions).
  for (const { name } of schema.collections) for (const index of cloud.db.store.indexes(name)) index.build()
  used()
  await new Promise((r) => setTimeout(r, 2000))

  // Member-facing actions, the next day (everyone signed in today as the template did).
  setClock(new Date(start.getTime() + 86_400_000), true)
  const pick = (i: number) => memberId(Math.floor(((i * 7919) % members + members) % members))
  const time = async (action: string, run: (i: number) => Promise<unknown>): Promise<ActionResult> => {
    const samples: number[] = []
    for (let i = 0; i < CALLS + 10; i++) {
      const t0 = performance.now()
      await run(i)
      if (i >= 10) samples.push(performance.now() - t0)
    }
    return { action, p50: quantile(samples, 0.5), p99: quantile(samples, 0.99) }
  }
  const actions: ActionResult[] = []
  actions.push(await time('join', (i) => call('member', `new-${members}-${i}`, { action: 'join', requestId: rid(), consent: true, privacyVersion: '2026.1' })))
  actions.push(await time('card', (i) => call('member', pick(i), { action: 'card' })))
  actions.push(await time('check-in', (i) => call('signin', pick(i + 1000), { action: 'checkin', requestId: rid() })))
  actions.push(await time('claim', (i) => call('coupon', pick(i + 2000), { action: 'claim', requestId: rid(), templateId: 'bench-claim' })))
  const earnSamples: number[] = []
  for (let i = 0; i < CALLS + 10; i++) {
    const { code } = await call('member', pick(i + 3000), { action: 'code' })
    const t0 = performance.now()
    await call('points', STAFF, { action: 'till.earn', requestId: rid(), receiptNo: rid(), code, paidFen: 2590 })
    if (i >= 10) earnSamples.push(performance.now() - t0)
  }
  actions.push({ action: 'earn', p50: quantile(earnSamples, 0.5), p99: quantile(earnSamples, 0.99) })
  actions.push(await time('history', (i) => call('points', pick(i), { action: 'history' })))
  actions.push(await time('wallet', (i) => call('coupon', pick(i), { action: 'wallet' })))

  // Timer jobs, each fired until its period is done (as its trigger would, every minute).
  const jobs: JobResult[] = []
  const runJob = async (fn: string, trigger: string, name: string, at: Date) => {
    setClock(at, true)
    cloud.db.store.apply(cloud.db.store.all('jobs').map((d) => ({ coll: 'jobs', id: d._id, doc: null })))
    const ops = cloud.db.stats.requests
    const result: JobResult = { job: `${fn}.${trigger}`, invocations: 0, longestMs: 0, totalMs: 0, opsPerMember: 0, done: false }
    while (!result.done && result.invocations < 10_000) {
      const t0 = performance.now()
      const r = await post(`${host.url}/__dev/trigger/${fn}/${trigger}`, {})
      if (r.status !== 200) throw new Error(`${fn}/${trigger}: ${r.status} ${await r.text()}`)
      const ms = performance.now() - t0
      result.invocations++
      result.totalMs += ms
      result.longestMs = Math.max(result.longestMs, ms)
      const mine = cloud.db.store.all('jobs').filter((j) => j._id.startsWith(name))
      result.done = mine.every((j) => j.done === true)
    }
    result.opsPerMember = (cloud.db.stats.requests - ops) / members
    jobs.push(result)
  }
  const runTimerJobs = async () => {
    await runJob('member', 'yearlyReview', 'member.yearlyReview', new Date('2026-12-31T19:00:00.000Z'))
    await runJob('points', 'expirePoints', 'points.expirePoints', new Date('2027-12-31T16:01:00.000Z'))
    await runJob('coupon', 'birthdayGifts', 'coupon.birthdayGifts', new Date('2026-06-10T22:00:00.000Z'))
    await runJob('signin', 'remind', 'signin.remind', new Date('2026-06-11T12:00:00.000Z'))
    await runJob('coupon', 'expireCoupons', 'coupon.expireCoupons', new Date('2026-07-01T16:05:00.000Z'))
    await runJob('coupon', 'releaseLocks', 'coupon.releaseLocks', new Date('2026-07-01T16:06:00.000Z'))
  }
  // Above BENCH_JOBS_MAX members the timers are not run: their invocations are bounded by
  // the job budget whatever the size, but walking a million members takes hours here.
  if (members <= Number(process.env.BENCH_JOBS_MAX ?? Infinity)) await runTimerJobs()
  resetClock()
  await host.close()
  cloud.close()

  // Start-up from SQLite: the same base written to a data folder, then loaded afresh.
  let sqliteStartSeconds: number | null = null
  if (members <= Number(process.env.BENCH_SQLITE_MAX ?? 100_000)) sqliteStartSeconds = await sqliteStartup(members, template)
  return { members, seedSeconds, bytesPerMillion, actions, jobs, sqliteStartSeconds }
}

async function sqliteStartup(members: number, template: ReturnType<typeof templateDocs>): Promise<number> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'bench-scale-'))
  try {
    const writer = createLocalCloud({ schema, data: dir })
    cloneMembers(writer.db, template, 0, members)
    await new Promise((r) => setTimeout(r, 100)) // grouped writes land at the end of the turn
    writer.close()
    const t0 = performance.now()
    const reader = createLocalCloud({ schema, data: dir })
    const seconds = (performance.now() - t0) / 1000
    reader.close()
    return seconds
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

export async function benchScale(sizes: number[]): Promise<{ sizes: SizeResult[]; skipped: { members: number; why: string }[] }> {
  await buildFunctions(APP_FUNCTIONS)
  await buildFunctions(LAB)
  const done: SizeResult[] = []
  const skipped: { members: number; why: string }[] = []
  for (const members of sizes) {
    const last = done.at(-1)
    const need = last ? (last.bytesPerMillion * members) / 1_000_000 : 0
    // What this machine can give (its free memory, shared) and what V8 lets this process hold.
    const budget = Math.min(os.freemem() * 0.7, v8.getHeapStatistics().heap_size_limit * 0.8, Number(process.env.BENCH_MEMORY_BUDGET ?? 12e9))
    if (need > budget) {
      skipped.push({ members, why: `needs about ${(need / 1e9).toFixed(1)} GB of memory at ${(last!.bytesPerMillion / 1e9).toFixed(2)} GB per million members; ${(budget / 1e9).toFixed(1)} GB is usable here (70% of free memory, 80% of the V8 heap limit: raise it with NODE_OPTIONS=--max-old-space-size)` })
      continue
    }
    console.log(`[bench] ${members} members…`)
    done.push(await benchSize(members))
  }
  return { sizes: done, skipped }
}

export function scaleReport(result: Awaited<ReturnType<typeof benchScale>>): string[] {
  const { sizes, skipped } = result
  const first = sizes[0]
  const largest = sizes.at(-1)
  const ms = (x: number) => x.toFixed(1)
  const lines = ['## Scale: the member base at each size', '', `${CALLS} calls per action, one at a time, through the function host; timers fired until their period is done.`, '']
  lines.push(`| action | ${sizes.map((s) => `p50 / p99 ms at ${s.members.toLocaleString('en')}`).join(' | ')} | flatness (p50 largest / smallest) |`)
  lines.push(`| --- | ${sizes.map(() => '---:').join(' | ')} | ---: |`)
  for (const [i, a] of first.actions.entries()) {
    const ratio = largest!.actions[i].p50 / a.p50
    lines.push(`| ${a.action} | ${sizes.map((s) => `${ms(s.actions[i].p50)} / ${ms(s.actions[i].p99)}`).join(' | ')} | ${ratio.toFixed(2)}${ratio > 1.5 ? ' (over 1.5)' : ''} |`)
  }
  lines.push('', '| timer job | members | invocations | longest (timeout 20 s) | total s | db requests per member | done |', '| --- | ---: | ---: | ---: | ---: | ---: | --- |')
  for (const s of sizes) for (const j of s.jobs) lines.push(`| ${j.job} | ${s.members.toLocaleString('en')} | ${j.invocations} | ${(j.longestMs / 1000).toFixed(2)} s${j.longestMs > TIMEOUT_MS / 2 ? ' (over half)' : ''} | ${(j.totalMs / 1000).toFixed(1)} | ${j.opsPerMember.toFixed(2)} | ${j.done ? 'yes' : 'NO'} |`)
  lines.push('', '| members | seeding s | memory per million members | start-up from SQLite |', '| ---: | ---: | ---: | ---: |')
  for (const s of sizes) lines.push(`| ${s.members.toLocaleString('en')} | ${s.seedSeconds.toFixed(1)} | ${(s.bytesPerMillion / 1e9).toFixed(2)} GB | ${s.sqliteStartSeconds === null ? 'not measured' : `${s.sqliteStartSeconds.toFixed(2)} s`} |`)
  for (const s of sizes.filter((x) => !x.jobs.length)) lines.push('', `- ${s.members.toLocaleString('en')} members: timer jobs not run (above BENCH_JOBS_MAX); each invocation is bounded by the job budget, not by the size.`)
  for (const s of skipped) lines.push('', `- ${s.members.toLocaleString('en')} members not run: ${s.why}.`)
  return lines
}
