import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { seedStores } from '../support/fixtures'
import { act, notify, paidNotification, readOrder, rid, trigger } from '../support/orders'
import { at, flashItem, members, reserve, setClock, shardsLeft, sum, unitsReserved } from '../support/flashsale'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(async () => {
  await t.dev('POST', 'faults', { conflictRate: 0 })
  await t.dev('DELETE', 'clock')
})

const flashBuys = async (openid: string) => (await t.db.collection('members').doc(openid).get()).data.flashBuys

describe('the start boundary, on the server clock', () => {
  test('09:59:59.900 Shanghai is FLASH.NOT_STARTED and touches nothing; 10:00:00.000 goes through', async () => {
    await flashItem(t, 'edge', { stock: 5 })
    await members(t, ['early'])
    await setClock(t, at('09:59:59.900'))
    const early = await reserve(t, 'early', 'edge')
    expect(early).toMatchObject({ ok: false, code: 'FLASH.NOT_STARTED', message: '秒杀还没开始' })
    expect(await shardsLeft(t, 'edge')).toEqual([5])
    expect(await flashBuys('early')).toBeUndefined()
    await setClock(t, at('10:00:00.000'))
    const onTime = await reserve(t, 'early', 'edge')
    expect(onTime).toMatchObject({ ok: true, data: { now: new Date(at('10:00:00.000')).toISOString(), reservation: { quantity: 1, payableFen: 990, secondsToPay: 300 } } })
    expect(await shardsLeft(t, 'edge')).toEqual([4])
  })

  test('the end instant is FLASH.ENDED', async () => {
    await flashItem(t, 'late', { stock: 5 })
    await members(t, ['laggard'])
    await setClock(t, at('12:00:00.000'))
    expect(await reserve(t, 'laggard', 'late')).toMatchObject({ ok: false, code: 'FLASH.ENDED' })
    expect(await shardsLeft(t, 'late')).toEqual([5])
  })
})

describe('bad input changes nothing', () => {
  beforeAll(async () => {
    await flashItem(t, 'strict', { stock: 5, limit: 2, tiers: ['gold', 'black'] })
    await members(t, ['silverling'], 'silver')
    await members(t, ['goldie'], 'gold')
  })
  beforeEach(() => setClock(t, at('10:30:00')))
  afterEach(async () => expect(await shardsLeft(t, 'strict')).toEqual([5]))

  test.each([0, -1, 1.5, 11, 1e9, '1', null])('quantity %p', async (quantity) => {
    expect(await reserve(t, 'goldie', 'strict', { quantity })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  })
  test('more than the limit at once', async () => {
    expect(await reserve(t, 'goldie', 'strict', { quantity: 3 })).toMatchObject({ ok: false, code: 'FLASH.LIMIT', message: '已达到限购数量' })
  })
  test('an unknown item, an operator for an id', async () => {
    expect(await reserve(t, 'goldie', 'no-such-item')).toMatchObject({ ok: false, code: 'FLASH.NOT_FOUND' })
    expect(await reserve(t, 'goldie', { $gt: '' } as never)).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  })
  test('a tier the member lacks', async () => {
    expect(await reserve(t, 'silverling', 'strict')).toMatchObject({ ok: false, code: 'FLASH.TIER' })
    expect(await flashBuys('silverling')).toBeUndefined()
  })
  test('a store not taking part; a visitor who is not a member', async () => {
    expect(await reserve(t, 'goldie', 'strict', { storeId: 'store-b' })).toMatchObject({ ok: false, code: 'FLASH.STORE' })
    expect(await reserve(t, 'stranger', 'strict')).toMatchObject({ ok: false, code: 'COMMON.NOT_MEMBER' })
  })
})

describe('limits, replays and the rate gate', () => {
  beforeEach(() => setClock(t, at('10:30:00')))

  test('one member’s 4 parallel taps (limit 1): exactly one passes, the rest FLASH.LIMIT', async () => {
    await flashItem(t, 'taps', { stock: 10 })
    await members(t, ['tapper'])
    const replies = await Promise.all(Array.from({ length: 4 }, () => reserve(t, 'tapper', 'taps')))
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).map((r) => r.code)).toEqual(['FLASH.LIMIT', 'FLASH.LIMIT', 'FLASH.LIMIT'])
    expect(await shardsLeft(t, 'taps')).toEqual([9])
    expect((await flashBuys('tapper')).taps.n).toBe(1)
  })

  test('a retry with the same requestId (5 at once, then after the session ended) never reserves twice', async () => {
    await flashItem(t, 'again', { stock: 10, limit: 3 })
    await members(t, ['retrier'])
    const requestId = rid('same')
    const replies = await Promise.all(Array.from({ length: 5 }, () => reserve(t, 'retrier', 'again', { requestId })))
    const firsts = replies.filter((r) => r.ok)
    expect(replies.filter((r) => !r.ok).every((r) => r.code === 'FLASH.BUSY')).toBe(true)
    expect(new Set(firsts.map((r) => r.data.reservation.orderId)).size).toBe(1)
    expect(await shardsLeft(t, 'again')).toEqual([9])
    await setClock(t, at('12:30:00'))
    await new Promise((r) => setTimeout(r, 1100)) // past the rate gate's second
    const late = await reserve(t, 'retrier', 'again', { requestId })
    expect(late).toMatchObject({ ok: true, data: { reservation: { orderId: firsts[0].data.reservation.orderId } } })
    expect(await unitsReserved(t, 'again')).toBe(1)
  })

  test('a member hammering the button gets 「太火爆了，请稍后再试」 at once', async () => {
    await flashItem(t, 'hammer', { stock: 100, limit: 10 })
    await members(t, ['hammerer'])
    const replies = await Promise.all(Array.from({ length: 12 }, () => reserve(t, 'hammerer', 'hammer')))
    const busy = replies.filter((r) => !r.ok)
    expect(busy.length).toBeGreaterThanOrEqual(7)
    expect(busy.every((r) => r.code === 'FLASH.BUSY' && r.message === '太火爆了，请稍后再试')).toBe(true)
    expect(sum(await shardsLeft(t, 'hammer')) + (await unitsReserved(t, 'hammer'))).toBe(100)
  })
})

describe('a reservation is an order paid within 5 minutes', () => {
  test('expiry returns the unit to a shard and the member, once; it sells again', async () => {
    await flashItem(t, 'back', { stock: 1, shards: 1 })
    await members(t, ['sleeper', 'second'])
    await setClock(t, at('10:00:01'))
    const first = await reserve(t, 'sleeper', 'back')
    const orderId = first.data.reservation.orderId
    expect(await readOrder(t, orderId)).toMatchObject({ status: 'unpaid', money: { payableFen: 990 }, source: { kind: 'flashsale', refId: 'back' } })
    expect(await reserve(t, 'second', 'back')).toMatchObject({ ok: false, code: 'FLASH.SOLD_OUT', message: '已抢光' })
    await setClock(t, at('10:05:02'))
    const runs = await Promise.all([trigger(t, 'order', 'expireUnpaid'), trigger(t, 'order', 'expireUnpaid')])
    expect(runs.every((r) => r.ok)).toBe(true)
    expect(await readOrder(t, orderId)).toMatchObject({ status: 'cancelled', cancelReason: '超时未支付，已自动取消' })
    expect(await shardsLeft(t, 'back')).toEqual([1])
    expect((await flashBuys('sleeper')).back.n).toBe(0)
    // The sold-out memo of the instance lasts a second (monotonic time).
    await new Promise((r) => setTimeout(r, 1100))
    const again = await reserve(t, 'second', 'back')
    expect(again.ok).toBe(true)
    expect(await shardsLeft(t, 'back')).toEqual([0])
    const paid = await act(t, 'order', 'second', 'pay.simulate', { requestId: rid('pay'), orderId: again.data.reservation.orderId })
    expect(paid.data.order).toMatchObject({ status: 'awaiting_pickup', money: { payableFen: 990 } })
    expect(await unitsReserved(t, 'back')).toBe(1)
  })

  test('a cancel gives the unit back; a payment arriving after expiry is refunded by the orders rule', async () => {
    await flashItem(t, 'undo', { stock: 3, shards: 2 })
    await members(t, ['quitter', 'tardy'])
    await setClock(t, at('10:10:00'))
    const q = await reserve(t, 'quitter', 'undo')
    expect((await act(t, 'order', 'quitter', 'cancel', { requestId: rid('c'), orderId: q.data.reservation.orderId })).ok).toBe(true)
    expect(sum(await shardsLeft(t, 'undo'))).toBe(3)
    const late = await reserve(t, 'tardy', 'undo')
    const orderId = late.data.reservation.orderId
    await setClock(t, at('10:16:00'))
    await trigger(t, 'order', 'expireUnpaid')
    expect(sum(await shardsLeft(t, 'undo'))).toBe(3)
    const answer = await notify(t, paidNotification(orderId, 990))
    expect(answer).toEqual({ errcode: 0, errmsg: '' })
    expect(await readOrder(t, orderId)).toMatchObject({ status: 'cancelled', latePayment: { amountFen: 990 } })
    expect((await t.db.collection('refunds').where({ orderId }).count()).total).toBe(1)
    expect(sum(await shardsLeft(t, 'undo'))).toBe(3)
  })
})

describe('sessions, detail and reminders', () => {
  test('the list: session tabs with the server time and 已抢 percent', async () => {
    await flashItem(t, 'list-a', { stock: 4 })
    await flashItem(t, 'list-b', { stock: 2, start: '14:00' })
    await members(t, ['lister'])
    await setClock(t, at('10:20:00'))
    await reserve(t, 'lister', 'list-a')
    const { data } = await act(t, 'flashsale', 'lister', 'sessions')
    expect(data.now).toBe(new Date(at('10:20:00')).toISOString())
    expect(data.sessions.map((s: { start: string }) => s.start).slice(0, 3)).toEqual(['10:00', '14:00', '20:00'])
    expect(data.sessions[0]).toMatchObject({ state: 'live', sessionId: '2026-12-01@10:00' })
    expect(data.sessions[0].items.find((i: { itemId: string }) => i.itemId === 'list-a')).toMatchObject({ soldPercent: 25, state: 'live', flashPriceFen: 990 })
    expect(data.sessions[1].items.find((i: { itemId: string }) => i.itemId === 'list-b')).toMatchObject({ soldPercent: 0, state: 'upcoming' })
    const detail = await act(t, 'flashsale', 'lister', 'item', { itemId: 'list-a' })
    expect(detail.data.item).toMatchObject({ bought: 1, soldPercent: 25, stores: [{ storeId: 'store-a', name: '徐汇店' }], reminded: false })
  })

  test('开抢提醒: once per member and item, sent by the timer a few minutes before, into the dev outbox', async () => {
    await t.db.collection('settings').doc('flashsale').set({ data: { reminder: { templateId: 'tpl-flash', leadMinutes: 3, fields: { title: 'thing1', time: 'time2' } } } })
    await flashItem(t, 'ring', { start: '20:00' })
    await members(t, ['waiter'])
    await setClock(t, at('19:00:00'))
    const requestId = rid('remind')
    const asks = await Promise.all([requestId, requestId, rid('remind')].map((r) => act(t, 'flashsale', 'waiter', 'remind', { requestId: r, itemId: 'ring' })))
    expect(asks.every((a) => a.ok && a.data.reminded)).toBe(true)
    expect((await act(t, 'flashsale', 'waiter', 'item', { itemId: 'ring' })).data.item.reminded).toBe(true)
    const outbox = async () => ((await t.dev('GET', 'outbox')).messages as { touser: string; templateId: string }[]).filter((m) => m.touser === 'waiter' && m.templateId === 'tpl-flash')
    await setClock(t, at('19:56:00'))
    expect((await trigger(t, 'flashsale', 'remind')).data.sent).toBe(0)
    await setClock(t, at('19:58:00'))
    const fired = await Promise.all([trigger(t, 'flashsale', 'remind'), trigger(t, 'flashsale', 'remind')])
    expect(fired.map((f) => f.data.sent).sort()).toEqual([0, 1])
    const sent = await outbox()
    expect(sent).toHaveLength(1)
    expect(sent[0]).toMatchObject({ page: 'packages/flashsale/pages/item/index?itemId=ring', data: { thing1: { value: '秒杀：秒杀 ring' }, time2: { value: '2026-12-01 20:00' } } })
    await setClock(t, at('20:00:01'))
    expect(await act(t, 'flashsale', 'waiter', 'remind', { requestId: rid('remind'), itemId: 'ring' })).toMatchObject({ ok: false, code: 'FLASH.NOT_STARTED' })
  })
})
