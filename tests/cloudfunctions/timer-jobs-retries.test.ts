/**
 * order.retryRefunds and flashsale.remind as resumable jobs: one page per invocation here
 * (JOB_BUDGET_MS=1), a page done twice changes nothing, the job completes across
 * invocations, once per period.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { trigger } from '../support/orders'
import { at, setClock } from '../support/flashsale'
import { overlapOn } from '../support/interleave'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  process.env.JOB_BUDGET_MS = '1' // one page per invocation
})
afterAll(async () => {
  delete process.env.JOB_BUDGET_MS
  await t.close()
})

const jobOf = async (name: string) => ((await t.dev('GET', 'jobs')).jobs as { _id: string; [k: string]: unknown }[]).find((j) => j._id === name)
const sumOf = (xs: number[]) => xs.reduce((a, b) => a + b, 0)

describe('order.retryRefunds', () => {
  const STALE = 120
  const T0 = new Date('2026-12-01T02:03:00.000Z')
  const refundNo = (i: number) => `R-job-${String(i).padStart(4, '0')}`

  beforeAll(() => {
    // Refunds whose notification never came (their orders are gone: the notice is 'unknown', they stay pending).
    const old = new Date(T0.getTime() - 60 * 60_000)
    const docs = Array.from({ length: STALE }, (_, i) => ({ _id: refundNo(i), orderId: `O-gone-${i}`, memberId: 'm', kind: 'member', amountFen: 100, totalFee: 100, status: 'pending', createdAt: old, settledAt: null }))
    docs.push({ ...docs[0], _id: 'R-job-young', createdAt: new Date(T0.getTime() - 60_000) })
    docs.push({ ...docs[0], _id: 'R-job-settled', status: 'settled' })
    t.cloud.db.store.apply(docs.map((doc) => ({ coll: 'refunds', id: doc._id, doc })))
  })

  const retriedIn = () => Object.fromEntries(t.cloud.db.store.all('refunds').filter((r) => r._id.startsWith('R-job-')).map((r) => [r._id, r.retriedIn]))

  test('asks each stale pending refund once a round, a page per invocation, and completes the round', async () => {
    await setClock(t, T0.toISOString())
    const firings = []
    for (let i = 0; i < 5; i++) firings.push((await trigger(t, 'order', 'retryRefunds')).data)
    expect(firings.map((f) => [f.retried, f.job.invocations, f.job.done])).toEqual([
      [50, 1, false],
      [50, 2, false],
      [20, 3, true], // 22 left: the young one waits, the settled one is not walked
      [0, 3, true],
      [0, 3, true],
    ])
    const marks = retriedIn()
    expect(Object.values(marks).filter((m) => m === '2026-12-01T02:00:00.000Z')).toHaveLength(STALE)
    expect([marks['R-job-young'], marks['R-job-settled']]).toEqual([undefined, undefined])
    expect(t.cloud.db.store.get('pay_sim', `r:${refundNo(0)}`)).toMatchObject({ outTradeNo: 'O-gone-0', refundFee: 100 })
  })

  test('a page done twice (a cut-off invocation re-run) asks nobody again', async () => {
    const job = await jobOf('order.retryRefunds')
    const { _id, ...rest } = job as Record<string, unknown>
    await t.db.collection('jobs').doc(_id as string).set({ data: { ...rest, done: false, cursor: refundNo(49) } })
    const before = retriedIn()
    const again = [(await trigger(t, 'order', 'retryRefunds')).data, (await trigger(t, 'order', 'retryRefunds')).data]
    expect(again.map((f) => [f.retried, f.job.done])).toEqual([
      [0, false],
      [0, true],
    ])
    expect(retriedIn()).toEqual(before)
  })

  test('the next round asks again whatever is still pending, once, even with overlapping firings', async () => {
    await setClock(t, new Date(T0.getTime() + 10 * 60_000).toISOString())
    t.cloud.db.store.apply([{ coll: 'refunds', id: refundNo(7), doc: { ...t.cloud.db.store.get('refunds', refundNo(7))!, status: 'settled' } }])
    const overlap = overlapOn(t, 'refunds')
    const fired = (await Promise.all([trigger(t, 'order', 'retryRefunds'), trigger(t, 'order', 'retryRefunds')])).map((f) => f.data)
    overlap.stop()
    expect(overlap.pagesRead()).toBeGreaterThanOrEqual(2)
    while (!fired.at(-1).job.done && fired.length < 10) fired.push((await trigger(t, 'order', 'retryRefunds')).data)
    const retried = sumOf(fired.map((f) => f.retried))
    expect(retried).toBe(STALE - 1 + 1) // one settled meanwhile, the young one now stale
    expect(await jobOf('order.retryRefunds')).toMatchObject({ period: '2026-12-01T02:10:00.000Z', done: true })
  })
})

describe('flashsale.remind', () => {
  const WAITING = 250
  const outbox = async () => ((await t.dev('GET', 'outbox')).messages as { touser: string; templateId: string }[]).filter((m) => m.templateId === 'tpl-flash-job')

  beforeAll(async () => {
    await t.db.collection('settings').doc('flashsale').set({ data: { reminder: { templateId: 'tpl-flash-job', leadMinutes: 3, fields: { title: 'thing1', time: 'time2' } } } })
    const startAt = new Date(at('20:00:00'))
    const docs = Array.from({ length: WAITING }, (_, i) => ({ _id: `bell:w-${i}`, itemId: 'bell', memberId: `w-${i}`, name: '秒杀 bell', startAt, templateId: 'tpl-flash-job', status: 'pending', createdAt: startAt }))
    t.cloud.db.store.apply(docs.map((doc) => ({ coll: 'flash_reminders', id: doc._id, doc })))
  })

  test('drains the due reminders a page per invocation; overlapping firings (a page done twice) send each once', async () => {
    await setClock(t, at('19:56:00'))
    expect((await trigger(t, 'flashsale', 'remind')).data).toMatchObject({ sent: 0, job: { done: true } })
    await setClock(t, at('19:58:00'))
    // Two firings read the same page: the first one's sends wait until the second has read it.
    const overlap = overlapOn(t, 'flash_reminders')
    const firings = (await Promise.all([trigger(t, 'flashsale', 'remind'), trigger(t, 'flashsale', 'remind')])).map((r) => r.data)
    overlap.stop()
    expect(overlap.pagesRead()).toBeGreaterThanOrEqual(2)
    for (let i = 0; i < 3; i++) firings.push((await trigger(t, 'flashsale', 'remind')).data)
    expect(sumOf(firings.map((f) => f.sent))).toBe(WAITING)
    expect(firings.some((f) => f.job.done === false)).toBe(true) // it took more than one invocation
    const sent = await outbox()
    expect(sent).toHaveLength(WAITING)
    expect(new Set(sent.map((m) => m.touser)).size).toBe(WAITING)
    expect(t.cloud.db.store.all('flash_reminders').filter((r) => r.itemId === 'bell' && r.status !== 'sent')).toEqual([])
    // Drained: later firings find nothing and send nothing.
    expect((await trigger(t, 'flashsale', 'remind')).data).toMatchObject({ sent: 0, missed: 0, job: { done: true } })
    expect(await outbox()).toHaveLength(WAITING)
  })
})
