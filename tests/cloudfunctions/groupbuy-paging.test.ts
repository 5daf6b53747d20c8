/**
 * A chain beyond 1000 entries (a query answers 1000 rows at most): the entry list pages on
 * the (chainId, no) index and the totals come from the chain's running tally, moved in the
 * transaction that numbers an entry, so they stay right without reading every entry.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, rid, seedStores } from '../support/fixtures'
import { chain, joinAndPay, leader, named } from '../support/groupbuy'

let t: TestCloud
const SEEDED = 1205
let chainId: string

beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await leader(t, 'lead-p')
  const c = await chain(t, 'lead-p', 'cherry-p', { stock: 5000 })
  chainId = c.chainId
  // Paid entries written directly, with the chain's counter and tally as the numbering transaction leaves them.
  for (let no = 1; no <= SEEDED; no++) {
    await t.db.collection('chain_entries').doc(`9${String(no).padStart(13, '0')}`).set({
      data: { chainId, leaderId: 'lead-p', memberId: `m${no}`, name: `邻居${no}`, phone: null, pickupPoint: '徐汇店', lines: [{ key: '0', name: '智利车厘子', quantity: 1, unitFen: 19900 }], amountFen: 19900, status: 'picked_up', no, createdAt: new Date(), payBy: new Date(), paidAt: new Date(), commissionFen: 995, commissionReversed: false },
    })
  }
  await t.db.collection('chains').doc(chainId).update({ data: { lastNo: SEEDED, tally: { participants: SEEDED, amountFen: SEEDED * 19900, commissionFen: SEEDED * 995, products: { '0': { quantity: SEEDED, amountFen: SEEDED * 19900, entries: SEEDED } } } } })
}, 120_000)
afterAll(() => t.close())

test('a paid join past 1000 entries takes number 1206 and the totals count it', async () => {
  await named(t, 'late', '迟到者', '13000000000')
  await joinAndPay(t, 'late', chainId, 2)
  const got = (await act(t, 'groupbuy', 'late', 'get', { chainId })).data
  expect(got.chain).toMatchObject({ participants: SEEDED + 1, totals: [{ quantity: SEEDED + 2, amountFen: (SEEDED + 2) * 19900, entries: SEEDED + 1 }] })
  expect(got.entries).toHaveLength(50)
  expect(got.entries[0]).toMatchObject({ no: 1, name: '邻**' })
  expect(got.nextNo).toBe(50)
  const home = (await act(t, 'groupbuy', 'lead-p', 'leader.home')).data.chains[0]
  expect(home).toMatchObject({ participants: SEEDED + 1, amountFen: (SEEDED + 2) * 19900 })
  expect((await act(t, 'groupbuy', 'lead-p', 'summary', { chainId })).data).toMatchObject({ participants: SEEDED + 1 })
})

test('the entry pages walk every number once, in order, to the end', async () => {
  const seen: number[] = []
  let after: number | null = 0
  while (after !== null) {
    const reply = await act(t, 'groupbuy', 'late', 'entries', { chainId, afterNo: after, limit: 100 })
    expect(reply.ok).toBe(true)
    seen.push(...reply.data.entries.map((e: { no: number }) => e.no))
    after = reply.data.nextNo
  }
  expect(seen).toEqual(Array.from({ length: SEEDED + 1 }, (_, i) => i + 1))
  const last = (await act(t, 'groupbuy', 'late', 'entries', { chainId, afterNo: SEEDED, limit: 100 })).data
  expect(last).toEqual({ entries: [expect.objectContaining({ no: SEEDED + 1, name: '迟**', mine: true, items: '智利车厘子×2' })], nextNo: null })
})

test('the pick list and the export page past 1000 entries, one query a page, to the last number', async () => {
  const nos: number[] = []
  const texts: string[] = []
  let pages = 0
  for (let after: number | null = 0; after !== null; pages++) {
    const pick = await act(t, 'groupbuy', 'lead-p', 'picklist', { chainId, afterNo: after })
    const text = await act(t, 'groupbuy', 'lead-p', 'export', { chainId, afterNo: after })
    expect([pick.ok, text.ok, text.data.nextNo]).toEqual([true, true, pick.data.nextNo])
    nos.push(...pick.data.points.flatMap((p: { participants: { no: number }[] }) => p.participants.map((x) => x.no)))
    texts.push(text.data.text)
    after = pick.data.nextNo
  }
  expect(pages).toBe(3)
  expect(nos).toEqual(Array.from({ length: SEEDED + 1 }, (_, i) => i + 1))
  const lines = texts.filter(Boolean).join('\n').split('\n')
  expect(lines.slice(0, 4)).toEqual(['【接龙】智利车厘子', '自提：徐汇店', `已有 ${SEEDED + 1} 人参与`, ''])
  expect(lines[4]).toMatch(/^1\. 邻\*\*\S* 智利车厘子×1（已提货）$/)
  expect(lines.filter((l) => /^\d+\. /.test(l)).map((l) => Number(l.split('.')[0]))).toEqual(nos)
  expect(lines.slice(-2)).toEqual([`智利车厘子 共 ${SEEDED + 2} 份`, `合计 ${((SEEDED + 2) * 199).toLocaleString('en-US', { useGrouping: false })} 元`])
  // Anyone but the leader and the store's staff is refused, page or not.
  expect(await act(t, 'groupbuy', 'late', 'export', { chainId, afterNo: 500 })).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
  expect(await act(t, 'groupbuy', 'lead-p', 'picklist', { chainId, limit: 501 })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
})

test('bad input is refused', async () => {
  expect(await act(t, 'groupbuy', 'late', 'entries', { chainId, afterNo: -1 })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  expect(await act(t, 'groupbuy', 'late', 'entries', { chainId, afterNo: 0, limit: 101 })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  expect(await act(t, 'groupbuy', 'late', 'entries', { chainId: 'no-such', afterNo: 0 })).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_FOUND' })
})

test('under parallel payments with injected conflicts and a refund, the tally equals the counted entries', async () => {
  const c = await chain(t, 'lead-p', 'cherry-crowd', { stock: 500 })
  const crowd = Array.from({ length: 24 }, (_, i) => `crowd-${i}`)
  await Promise.all(crowd.map((id) => named(t, id, `路人${id}`, '13100000000')))
  await t.dev('POST', 'faults', { conflictRate: 0.3 })
  const orders = await Promise.all(crowd.map((id, i) => joinAndPay(t, id, c.chainId, 1 + (i % 3))))
  await t.dev('POST', 'faults', { conflictRate: 0 })
  // One refund settled: the entry stops counting once, and the tally follows.
  await act(t, 'groupbuy', crowd[0], 'entry.cancel', { requestId: `refund-${orders[0]}`, entryId: orders[0] })
  expect(await act(t, 'order', ADMIN, 'refund.review', { requestId: rid('r'), orderId: orders[0], approve: true })).toMatchObject({ ok: true, data: { order: { status: 'refunded' } } })
  const view = (await act(t, 'groupbuy', crowd[1], 'get', { chainId: c.chainId })).data.chain
  const entries = (await t.db.collection('chain_entries').where({ chainId: c.chainId }).limit(100).get()).data as { no: number; status: string; lines: { quantity: number }[]; amountFen: number }[]
  const counted = entries.filter((e) => e.no > 0 && e.status !== 'refunded')
  expect(entries.map((e) => e.no).sort((a, b) => a - b)).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
  expect(counted).toHaveLength(23)
  expect(view.participants).toBe(23)
  expect(view.totals[0]).toEqual({ key: '0', name: '智利车厘子', quantity: counted.reduce((s, e) => s + e.lines[0].quantity, 0), amountFen: counted.reduce((s, e) => s + e.amountFen, 0), entries: 23 })
  expect((await t.db.collection('chains').doc(c.chainId).get()).data.tally.participants).toBe(23)
})
