/** Timers as resumable jobs: bounded invocations, a cursor, once per period, progress at GET /__dev/jobs. */
import { startTestCloud, type TestCloud } from '../support/local-cloud'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  process.env.JOB_BUDGET_MS = '1' // one page per invocation
})
afterAll(async () => {
  delete process.env.JOB_BUDGET_MS
  await t.close()
})

const MEMBERS = 250
const fire = async (fn: string, trigger: string) => (await t.dev('POST', `trigger/${fn}/${trigger}`)).result.data
const jobs = async () => (await t.dev('GET', 'jobs')).jobs as { _id: string; period: string; cursor: string; done: boolean; processed: number; invocations: number; longestMs: number }[]
const jobOf = async (name: string) => (await jobs()).find((j) => j._id === name)

beforeAll(() => {
  const ids = Array.from({ length: MEMBERS }, (_, i) => `job-m-${String(i).padStart(4, '0')}`)
  t.cloud.db.store.apply(ids.map((id) => ({ coll: 'members', id, doc: { _id: id, cardNo: `9${id.slice(-4)}`, growth: 0, tierGrowth: 3000, tier: 'silver', tierReviewedAt: null } })))
})

test('the yearly review walks the members a page per invocation, keeps its cursor and finishes the period', async () => {
  await t.dev('POST', 'clock', { now: '2026-12-31T19:00:00.000Z' }) // 1 January 2027, 03:00 Shanghai
  const first = await fire('member', 'yearlyReview')
  expect(first).toMatchObject({ reviewed: 25, job: { period: '2027', done: false, processed: 25, cursor: 'job-m-0024', invocations: 1 } })
  expect(await jobOf('member.yearlyReview')).toMatchObject({ done: false, cursor: 'job-m-0024', processed: 25 })
  const second = await fire('member', 'yearlyReview')
  expect(second.job).toMatchObject({ done: false, processed: 50, cursor: 'job-m-0049', invocations: 2 })
  let last = second
  while (!last.job.done && last.job.invocations < 20) last = await fire('member', 'yearlyReview')
  expect(last.job).toMatchObject({ done: true, processed: MEMBERS, invocations: 11 })
  const reviewed = (await t.db.collection('members').where({ _id: t.db.command.in(['job-m-0000', 'job-m-0249']) }).get()).data
  expect(reviewed.map((m: { tier: string; tierGrowth: number }) => [m.tier, m.tierGrowth])).toEqual([['normal', 0], ['normal', 0]])
  // Done for 2027: later firings in the period change nothing.
  const again = await fire('member', 'yearlyReview')
  expect(again).toMatchObject({ reviewed: 0, job: { done: true, invocations: 11 } })
})

test('a page done twice (a cut-off invocation re-run) changes nothing', async () => {
  const before = t.cloud.db.store.all('members').filter((m) => m._id.startsWith('job-m-'))
  const job = await jobOf('member.yearlyReview')
  // Rewind the job one page, as if the invocation that did it had been cut off before saving.
  const { _id, ...rest } = job as unknown as Record<string, unknown>
  await t.db.collection('jobs').doc(_id as string).set({ data: { ...rest, done: false, cursor: 'job-m-0224', processed: 225 } })
  expect((await fire('member', 'yearlyReview')).job).toMatchObject({ done: false, processed: MEMBERS })
  expect((await fire('member', 'yearlyReview')).job).toMatchObject({ done: true, processed: MEMBERS })
  const after = t.cloud.db.store.all('members').filter((m) => m._id.startsWith('job-m-'))
  expect(after.map(({ tier, tierGrowth }) => ({ tier, tierGrowth }))).toEqual(before.map(({ tier, tierGrowth }) => ({ tier, tierGrowth })))
})

test('every timer reports its job; the next period starts afresh', async () => {
  for (const [fn, trigger] of [['points', 'expirePoints'], ['signin', 'remind'], ['coupon', 'expireCoupons'], ['coupon', 'releaseLocks']]) {
    expect([trigger, (await fire(fn, trigger)).job]).toEqual([trigger, expect.objectContaining({ done: true, invocations: 1 })])
  }
  expect((await jobs()).map((j) => j._id).sort()).toEqual(['coupon.expireCoupons', 'coupon.releaseLocks', 'member.yearlyReview', 'points.expirePoints', 'signin.remind'])
  await t.dev('POST', 'clock', { now: '2027-12-31T19:00:00.000Z' }) // 1 January 2028
  expect((await fire('member', 'yearlyReview')).job).toMatchObject({ period: '2028', done: false, processed: 25, invocations: 1 })
})
