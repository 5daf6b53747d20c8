import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, join, rid, seedStores } from '../support/fixtures'
import { clientCrowd } from '../support/client-sends'
import { member, stockOf, trigger } from '../support/orders'
import { chain, entryOf, held, joinAndPay, joinChain, leader, pay, stockLeft } from '../support/groupbuy'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await leader(t, 'lead-c')
})
afterAll(() => t.close())
afterEach(async () => {
  await t.dev('POST', 'faults', { conflictRate: 0 })
  await t.dev('DELETE', 'clock')
})

describe('under a crowd', () => {
  test('200 parallel joins with injected conflicts: stock and per-person limits hold', async () => {
    const c = await chain(t, 'lead-c', 'crowd-sku', { stock: 40, limit: 2 })
    const people = Array.from({ length: 25 }, (_, i) => `crowd-${i}`)
    await Promise.all(people.map((p) => member(t, p)))
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    const crowd = clientCrowd(t, 'groupbuy.join ×200')
    // Each person sends 8 joins of 1 at once: at most 2 may succeed (limit), 40 units in all.
    const replies = await Promise.all(people.flatMap((p) => Array.from({ length: 8 }, () => crowd.sendLikeAClient('groupbuy', p, 'join', { requestId: rid('j'), chainId: c.chainId, lines: [{ key: '0', quantity: 1 }] }))))
    expect(crowd.report().busyAfterRetry).toBe(0)
    const won = replies.filter((r) => r.ok)
    expect(won).toHaveLength(40)
    expect(new Set(replies.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['GROUPBUY.OVER_LIMIT', 'GROUPBUY.SOLD_OUT']))
    expect(await stockLeft(t, c.chainId)).toBe(0)
    expect((await act(t, 'groupbuy', people[0], 'get', { chainId: c.chainId })).data.chain).toMatchObject({ status: 'closed', statusText: '已售罄' })
    for (const p of people) {
      const orders = (await t.db.collection('chain_entries').where({ chainId: c.chainId, memberId: p }).count()).total
      expect(orders).toBeLessThanOrEqual(2)
      expect(await held(t, c.chainId, p)).toBe(orders)
    }
    expect((await t.db.collection('chain_entries').where({ chainId: c.chainId }).count()).total).toBe(40)
  })

  test('entry numbers are unique and gap-free among paid entries when 40 pay at once', async () => {
    const c = await chain(t, 'lead-c', 'number-sku', { stock: 100, limit: 5 })
    const people = Array.from({ length: 40 }, (_, i) => `payer-${i}`)
    await Promise.all(people.map((p) => member(t, p)))
    const orders = await Promise.all(people.map(async (p) => ({ p, r: await joinChain(t, p, c.chainId, 1) })))
    // Five never pay: they get no number, and leave no gap.
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    const paid = await Promise.all(orders.slice(5).map(({ p, r }) => pay(t, p, r.data.orderId)))
    expect(paid.every((r) => r.ok)).toBe(true)
    await t.dev('POST', 'faults', { conflictRate: 0 })
    const entries = (await act(t, 'groupbuy', 'lead-c', 'get', { chainId: c.chainId })).data.entries
    expect(entries.map((e: { no: number }) => e.no)).toEqual(Array.from({ length: 35 }, (_, i) => i + 1))
    expect((await t.db.collection('chains').doc(c.chainId).get()).data.lastNo).toBe(35)
    for (const { r } of orders.slice(0, 5)) expect((await entryOf(t, r.data.orderId)).no).toBeNull()
  })
})

describe('the deadline, to the millisecond in Asia/Shanghai', () => {
  test('23:59:59.999 joins, 00:00:00.000 is refused', async () => {
    // 2027-01-02 00:00:00.000 Shanghai = 2027-01-01T16:00:00.000Z
    const c = await chain(t, 'lead-c', 'deadline-sku', { deadline: '2027-01-01T16:00:00.000Z' })
    await member(t, 'late-1')
    await t.dev('POST', 'clock', { now: '2027-01-01T15:59:59.999Z' })
    expect(await joinChain(t, 'late-1', c.chainId, 1)).toMatchObject({ ok: true })
    await t.dev('POST', 'clock', { now: '2027-01-01T16:00:00.000Z' })
    expect(await joinChain(t, 'late-1', c.chainId, 1)).toMatchObject({ ok: false, code: 'GROUPBUY.CLOSED', message: '接龙已截止' })
    const view = (await act(t, 'groupbuy', 'late-1', 'get', { chainId: c.chainId })).data
    expect(view.chain).toMatchObject({ status: 'closed', statusText: '已截团' })
    expect(view.mine[0].canCancel).toBe(false)
    expect(await act(t, 'groupbuy', 'late-1', 'entry.cancel', { requestId: rid('c'), entryId: view.mine[0].entryId })).toMatchObject({ ok: false, code: 'GROUPBUY.CLOSED' })
  })
})

describe('unpaid, cancelled and refunded entries', () => {
  test('an unpaid entry expires with its order and gives back the chain stock and the hold (not SKU stock)', async () => {
    const c = await chain(t, 'lead-c', 'expire-sku', { stock: 5, limit: 3 })
    await member(t, 'dawdler')
    const { data } = await joinChain(t, 'dawdler', c.chainId, 3)
    expect(await stockLeft(t, c.chainId)).toBe(2)
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 16 * 60_000).toISOString() })
    await trigger(t, 'order', 'expireUnpaid')
    await trigger(t, 'order', 'expireUnpaid')
    expect(await stockLeft(t, c.chainId)).toBe(5)
    expect(await held(t, c.chainId, 'dawdler')).toBe(0)
    expect(await stockOf(t, 'expire-sku')).toBe(1000)
    const mine = (await act(t, 'groupbuy', 'dawdler', 'get', { chainId: c.chainId })).data.mine
    expect(mine).toEqual([expect.objectContaining({ entryId: data.orderId, status: 'cancelled', no: null })])
  })

  test('cancelling an unpaid entry; a paid one is refunded through orders, keeps its number, and the commission is reversed', async () => {
    const c = await chain(t, 'lead-c', 'cancel-sku', { stock: 10, limit: 5 })
    await member(t, 'changer')
    const unpaid = await joinChain(t, 'changer', c.chainId, 2)
    const requestId = rid('cancel')
    const cancelled = await act(t, 'groupbuy', 'changer', 'entry.cancel', { requestId, entryId: unpaid.data.orderId })
    expect(cancelled).toMatchObject({ ok: true, data: { entry: { status: 'cancelled' } } })
    expect(await act(t, 'groupbuy', 'changer', 'entry.cancel', { requestId, entryId: unpaid.data.orderId })).toEqual(cancelled)
    expect(await stockLeft(t, c.chainId)).toBe(10)
    expect(await held(t, c.chainId, 'changer')).toBe(0)

    const before = (await act(t, 'groupbuy', 'lead-c', 'leader.home')).data.commission
    const paidId = await joinAndPay(t, 'changer', c.chainId, 1)
    expect((await act(t, 'groupbuy', 'lead-c', 'leader.home')).data.commission.earnedFen).toBe(before.earnedFen + 995)
    expect(await act(t, 'groupbuy', 'changer', 'entry.cancel', { requestId: rid('c'), entryId: paidId })).toMatchObject({ ok: true, data: { entry: { status: 'refunding', no: 1 } } })
    expect(await act(t, 'order', ADMIN, 'refund.review', { requestId: rid('r'), orderId: paidId, approve: true })).toMatchObject({ ok: true, data: { order: { status: 'refunded' } } })
    const view = (await act(t, 'groupbuy', 'changer', 'get', { chainId: c.chainId })).data
    expect(view.entries).toEqual([expect.objectContaining({ no: 1, status: 'refunded' })])
    expect(view.chain.participants).toBe(0)
    const after = (await act(t, 'groupbuy', 'lead-c', 'leader.home')).data.commission
    expect(after).toEqual({ earnedFen: before.earnedFen + 995, reversedFen: before.reversedFen + 995, netFen: before.netFen })
    // Read again: reversed once only.
    await act(t, 'groupbuy', 'lead-c', 'summary', { chainId: c.chainId })
    expect((await act(t, 'groupbuy', 'lead-c', 'leader.home')).data.commission).toEqual(after)
    expect(await stockLeft(t, c.chainId)).toBe(10)
  })
})

describe('changing an entry (修改 = cancel, then join again)', () => {
  test('my entry shows its quantities; after cancelling, joining with new ones takes a new number when paid; a refunding entry still counts against the limit', async () => {
    const c = await chain(t, 'lead-c', 'change-sku', { stock: 10, limit: 5 })
    await member(t, 'rethinker')
    await member(t, 'other-c')
    const paidId = await joinAndPay(t, 'rethinker', c.chainId, 2)
    await joinAndPay(t, 'other-c', c.chainId, 1)
    const before = (await act(t, 'groupbuy', 'rethinker', 'get', { chainId: c.chainId })).data.mine
    expect(before).toEqual([expect.objectContaining({ entryId: paidId, no: 1, lines: [{ key: '0', quantity: 2 }], canCancel: true })])
    expect(await act(t, 'groupbuy', 'rethinker', 'entry.cancel', { requestId: rid('c'), entryId: paidId })).toMatchObject({ ok: true, data: { entry: { status: 'refunding' } } })
    // Until the refund settles, the 2 still count: 2 + 4 > 5.
    expect(await joinChain(t, 'rethinker', c.chainId, 4)).toMatchObject({ ok: false, code: 'GROUPBUY.OVER_LIMIT' })
    const again = await joinAndPay(t, 'rethinker', c.chainId, 3)
    const mine = (await act(t, 'groupbuy', 'rethinker', 'get', { chainId: c.chainId })).data.mine
    expect(mine).toEqual(expect.arrayContaining([expect.objectContaining({ entryId: again, no: 3, status: 'paid', lines: [{ key: '0', quantity: 3 }] }), expect.objectContaining({ entryId: paidId, no: 1, status: 'refunding' })]))
  })
})

describe('sharing', () => {
  test('a share link opened by a non-member attributes them to the leader and the leader’s store on joining', async () => {
    const c = await chain(t, 'lead-c', 'share-sku')
    const seen = (await act(t, 'groupbuy', 'newcomer', 'get', { chainId: c.chainId })).data
    expect(seen.viewer).toBe('visitor')
    expect(await joinChain(t, 'newcomer', c.chainId, 1)).toMatchObject({ ok: false, code: 'COMMON.NOT_MEMBER' })
    await join(t, 'newcomer', seen.sceneId)
    const attribution = (await t.db.collection('members').doc('newcomer').get()).data.attribution
    expect(attribution).toMatchObject({ sceneId: seen.sceneId, storeId: 'store-a', channel: 'groupbuy' })
    expect(await joinChain(t, 'newcomer', c.chainId, 1)).toMatchObject({ ok: true })
    // An existing member's attribution never moves.
    await member(t, 'regular')
    const first = (await t.db.collection('members').doc('regular').get()).data.attribution
    await join(t, 'regular', seen.sceneId)
    expect((await t.db.collection('members').doc('regular').get()).data.attribution).toEqual(first)
  })
})
