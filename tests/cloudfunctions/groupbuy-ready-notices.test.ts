/**
 * The 备货 到货提醒 as a resumable job: more than a page of paid entries, one page per
 * invocation here (JOB_BUDGET_MS=1); the fulfil action does the first page, the
 * `readyNotices` timer the rest; every paid participant gets exactly one message, even
 * with overlapping firings and a page done twice.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, rid, seedStores } from '../support/fixtures'
import { trigger } from '../support/orders'
import { chain, leader } from '../support/groupbuy'
import { overlapOn } from '../support/interleave'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  process.env.JOB_BUDGET_MS = '1' // one page per invocation
  await seedStores(t.db)
  await leader(t, 'lead-r')
})
afterAll(async () => {
  delete process.env.JOB_BUDGET_MS
  await t.close()
})

const PAID = 250
const entryId = (i: number) => `O-ready-${String(i).padStart(4, '0')}`

/** A closed chain with PAID paid entries, and some that must not be told (unpaid, refunded). */
async function closedChainWithEntries(sku: string) {
  const c = await chain(t, 'lead-r', sku, { stock: 1000, limit: 5 })
  expect(await act(t, 'groupbuy', 'lead-r', 'close', { requestId: rid('close'), chainId: c.chainId })).toMatchObject({ ok: true })
  const base = { chainId: c.chainId, leaderId: 'lead-r', name: '某人', phone: null, pickupPoint: '徐汇店', lines: [{ key: '0', name: '智利车厘子', quantity: 1, unitFen: 19900 }], amountFen: 19900, createdAt: new Date(), payBy: new Date(), commissionFen: 995, commissionReversed: false }
  const docs = Array.from({ length: PAID + 3 }, (_, i) => ({ ...base, _id: `${entryId(i)}-${sku}`, memberId: `fan-${i}`, no: i < PAID ? i + 1 : null, paidAt: i < PAID ? new Date() : null, status: i < PAID ? 'paid' : 'unpaid' }))
  docs[PAID + 2] = { ...docs[PAID + 2], no: PAID + 1, status: 'refunded' }
  t.cloud.db.store.apply(docs.map((doc) => ({ coll: 'chain_entries', id: doc._id, doc })))
  return c.chainId
}

const messagesOf = async (chainId: string) => ((await t.dev('GET', 'outbox')).messages as { touser: string; page: string }[]).filter((m) => m.page.endsWith(`id=${chainId}`))
const readyJob = async (chainId: string) => ((await t.dev('GET', 'jobs')).jobs as { _id: string; [k: string]: unknown }[]).find((j) => j._id === `groupbuy.readyNotices.${chainId}`)
const readyNoticesOf = async (chainId: string) => (await t.db.collection('chains').doc(chainId).get()).data.readyNotices

test('备货 notifies more than a page of participants across invocations, each exactly once, with overlapping firings', async () => {
  const chainId = await closedChainWithEntries('cherry-r1')
  const fulfil = await act(t, 'groupbuy', 'lead-r', 'advance', { requestId: rid('fulfil'), chainId, event: 'fulfil' })
  expect(fulfil).toMatchObject({ ok: true, data: { chain: { status: 'fulfilling' } } })
  expect(await messagesOf(chainId)).toHaveLength(100) // the first page, at once
  expect(await readyNoticesOf(chainId)).toBe('pending')

  // Two firings read the same page: the first one's claims wait until the second has read it.
  const overlap = overlapOn(t, 'chain_entries')
  const firings = (await Promise.all([trigger(t, 'groupbuy', 'readyNotices'), trigger(t, 'groupbuy', 'readyNotices')])).map((f) => f.data)
  overlap.stop()
  expect(overlap.pagesRead()).toBeGreaterThanOrEqual(2)
  while ((await readyNoticesOf(chainId)) === 'pending' && firings.length < 10) firings.push((await trigger(t, 'groupbuy', 'readyNotices')).data)

  const sent = await messagesOf(chainId)
  expect(sent).toHaveLength(PAID)
  expect(new Set(sent.map((m) => m.touser)).size).toBe(PAID)
  expect(sent.map((m) => m.touser)).not.toContain(`fan-${PAID}`) // unpaid
  expect(sent.map((m) => m.touser)).not.toContain(`fan-${PAID + 2}`) // refunded
  const job = await readyJob(chainId)
  expect(job).toMatchObject({ done: true })
  expect(job?.invocations).toBeGreaterThan(2) // a page per invocation
  expect(await readyNoticesOf(chainId)).toBe('sent')
  // Done: later firings find no chain to carry on and send nothing.
  expect((await trigger(t, 'groupbuy', 'readyNotices')).data).toMatchObject({ sent: 0, pending: 0 })
  expect(await messagesOf(chainId)).toHaveLength(PAID)
})

test('a page done twice (a cut-off invocation re-run) or a replayed 备货 sends nothing more', async () => {
  const chainId = await closedChainWithEntries('cherry-r2')
  const requestId = rid('fulfil')
  await act(t, 'groupbuy', 'lead-r', 'advance', { requestId, chainId, event: 'fulfil' })
  while ((await readyNoticesOf(chainId)) === 'pending') await trigger(t, 'groupbuy', 'readyNotices')
  expect(await messagesOf(chainId)).toHaveLength(PAID)

  // The job's cursor back at the end of the first page, as if the next invocation had been cut off.
  const { _id, ...job } = (await readyJob(chainId)) as Record<string, unknown>
  await t.db.collection('jobs').doc(_id as string).set({ data: { ...job, done: false, cursor: `${entryId(99)}-cherry-r2` } })
  await t.db.collection('chains').doc(chainId).update({ data: { readyNotices: 'pending' } })
  const again = [(await trigger(t, 'groupbuy', 'readyNotices')).data, (await trigger(t, 'groupbuy', 'readyNotices')).data, (await trigger(t, 'groupbuy', 'readyNotices')).data]
  expect(again.map((f) => f.sent)).toEqual([0, 0, 0])
  expect(await readyNoticesOf(chainId)).toBe('sent')
  expect(await act(t, 'groupbuy', 'lead-r', 'advance', { requestId, chainId, event: 'fulfil' })).toMatchObject({ ok: true })
  expect(await messagesOf(chainId)).toHaveLength(PAID)
})

test('a timer event from a caller is refused', async () => {
  const { body } = await t.call('groupbuy', 'lead-r', { Type: 'Timer', TriggerName: 'readyNotices' })
  expect(body.result).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
})
