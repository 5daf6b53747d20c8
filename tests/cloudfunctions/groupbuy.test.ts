import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, act, join, rid, seedStores, STAFF_A, STAFF_B } from '../support/fixtures'
import { stockOf } from '../support/orders'
import { chain, entryOf, held, joinAndPay, joinChain, leader, named, pay, stockLeft } from '../support/groupbuy'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await leader(t, 'lead-1')
  await leader(t, 'lead-2')
})
afterAll(() => t.close())
afterEach(async () => {
  await t.dev('POST', 'faults', { conflictRate: 0 })
  await t.dev('DELETE', 'clock')
})

describe('leaders', () => {
  test('only an admin approves a leader; the leader gets a groupbuy scene at the store', async () => {
    await join(t, 'hopeful')
    const { cardNo } = (await t.db.collection('members').doc('hopeful').get()).data
    const payload = { requestId: rid('ap'), cardNo, storeId: 'store-a', name: '小区团长' }
    expect(await act(t, 'groupbuy', STAFF_A, 'leader.approve', payload)).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await act(t, 'groupbuy', 'hopeful', 'leader.home')).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
    const reply = await act(t, 'groupbuy', ADMIN, 'leader.approve', { ...payload, pickupPoint: '滨江花园 3 号门' })
    expect(reply).toMatchObject({ ok: true, data: { leader: { leaderId: 'hopeful', storeName: '徐汇店', pickupPoint: '滨江花园 3 号门', commissionBp: 500, sceneId: `gb-${cardNo}` } } })
    expect((await t.db.collection('scenes').doc(`gb-${cardNo}`).get()).data).toMatchObject({ storeId: 'store-a', channel: 'groupbuy', enabled: true })
    expect(await act(t, 'groupbuy', 'hopeful', 'leader.home')).toMatchObject({ ok: true, data: { chains: [], commission: { netFen: 0 } } })
  })
})

describe('a chain', () => {
  test('join with 2 items, pay: the entry is numbered and listed, totals run, the leader earns commission', async () => {
    const c = await chain(t, 'lead-1', 'cherry-a')
    await named(t, 'zhang', '张小花', '13800001111')
    const joined = await joinChain(t, 'zhang', c.chainId, 2)
    expect(joined).toMatchObject({ ok: true, data: { amountFen: 39800 } })
    expect(await stockLeft(t, c.chainId)).toBe(8)
    expect(await stockOf(t, 'cherry-a')).toBe(1000) // the chain's own stock, not the SKU's
    const order = (await act(t, 'order', 'zhang', 'detail', { orderId: joined.data.orderId })).data.order
    expect(order).toMatchObject({ status: 'unpaid', money: { payableFen: 39800 }, store: { storeId: 'store-a' } })
    expect(await pay(t, 'zhang', joined.data.orderId)).toMatchObject({ ok: true, data: { order: { status: 'awaiting_pickup' } } })
    // Numbered in the payment's own transaction.
    expect(await entryOf(t, joined.data.orderId)).toMatchObject({ no: 1, status: 'paid', commissionFen: 1990 })
    const got = (await act(t, 'groupbuy', 'zhang', 'get', { chainId: c.chainId })).data
    expect(got.entries).toEqual([expect.objectContaining({ no: 1, name: '张**', phone: null, items: '智利车厘子×2', mine: true })])
    expect(got.mine).toEqual([expect.objectContaining({ no: 1, status: 'paid', canCancel: true })])
    expect(got.chain).toMatchObject({ participants: 1, status: 'open', totals: [{ quantity: 2, amountFen: 39800, entries: 1 }], products: [{ left: 8, sold: 2 }] })
    expect(got.share.title).toBe('【接龙】智利车厘子 199元/5斤 · 已有 1 人参与')
    expect(got.share.path).toMatch(new RegExp(`^/packages/groupbuy/pages/chain/index\\?id=${c.chainId}&from=\\d+$`))
    const home = (await act(t, 'groupbuy', 'lead-1', 'leader.home')).data
    expect(home.chains.find((x: { chainId: string }) => x.chainId === c.chainId)).toMatchObject({ participants: 1, amountFen: 39800, commissionFen: 1990 })
  })

  test('the leader and the store staff see names and phones; the pick list, the export, marking picked up', async () => {
    const c = await chain(t, 'lead-1', 'cherry-b')
    await named(t, 'li', '李雷', '13900002222')
    await named(t, 'han', '韩梅梅', '13700003333')
    const first = await joinAndPay(t, 'li', c.chainId, 1)
    await joinAndPay(t, 'han', c.chainId, 3)
    const asLeader = (await act(t, 'groupbuy', 'lead-1', 'get', { chainId: c.chainId })).data
    expect(asLeader.viewer).toBe('leader')
    expect(asLeader.entries.map((e: { no: number; name: string; phone: string }) => [e.no, e.name, e.phone])).toEqual([
      [1, '李雷', '13900002222'],
      [2, '韩梅梅', '13700003333'],
    ])
    expect((await act(t, 'groupbuy', STAFF_A, 'get', { chainId: c.chainId })).data.entries[0].name).toBe('李雷')
    expect((await act(t, 'groupbuy', STAFF_B, 'get', { chainId: c.chainId })).data.entries[0].name).toBe('李**')
    const picks = (await act(t, 'groupbuy', 'lead-1', 'picklist', { chainId: c.chainId })).data.points
    expect(picks).toEqual([
      {
        pickupPoint: '徐汇店',
        totals: [{ key: '0', name: '智利车厘子', quantity: 4 }],
        participants: [expect.objectContaining({ no: 1, name: '李雷', phone: '13900002222', items: '智利车厘子×1', pickedUp: false }), expect.objectContaining({ no: 2, name: '韩梅梅', items: '智利车厘子×3' })],
      },
    ])
    expect((await act(t, 'groupbuy', 'lead-1', 'summary', { chainId: c.chainId })).data).toEqual({ totals: [{ key: '0', name: '智利车厘子', quantity: 4, amountFen: 79600, entries: 2 }], participants: 2, amountFen: 79600, commissionFen: 3980 })
    const text = (await act(t, 'groupbuy', 'lead-1', 'export', { chainId: c.chainId })).data.text
    expect(text).toBe(['【接龙】智利车厘子', '自提：徐汇店', '已有 2 人参与', '', '1. 李**(2222) 智利车厘子×1', '2. 韩**(3333) 智利车厘子×3', '', '智利车厘子 共 4 份', '合计 796 元'].join('\n'))
    expect(await act(t, 'groupbuy', 'lead-1', 'entry.pickup', { requestId: rid('pick'), entryId: first })).toMatchObject({ ok: true })
    expect((await act(t, 'order', 'li', 'detail', { orderId: first })).data.order.status).toBe('picked_up')
    expect((await act(t, 'groupbuy', 'lead-1', 'picklist', { chainId: c.chainId })).data.points[0].participants[0].pickedUp).toBe(true)
    for (const action of ['summary', 'picklist', 'export']) {
      expect(await act(t, 'groupbuy', 'li', action, { chainId: c.chainId })).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
      expect(await act(t, 'groupbuy', 'lead-2', action, { chainId: c.chainId })).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
    }
  })

  test('masking: a member never receives another member’s full name or phone, in any reply', async () => {
    const c = await chain(t, 'lead-1', 'cherry-m')
    await named(t, 'secret', '欧阳娜娜', '13512345678')
    await named(t, 'nosy', '王五', '13600000000')
    await joinAndPay(t, 'secret', c.chainId, 1)
    const replies = [
      await act(t, 'groupbuy', 'nosy', 'get', { chainId: c.chainId }),
      await joinChain(t, 'nosy', c.chainId, 1),
      await act(t, 'groupbuy', 'nosy', 'get', { chainId: c.chainId }),
      await act(t, 'groupbuy', 'visitor-x', 'get', { chainId: c.chainId }),
      ...(await Promise.all(['summary', 'picklist', 'export', 'leader.home'].map((a) => act(t, 'groupbuy', 'nosy', a, { chainId: c.chainId })))),
    ]
    const seen = JSON.stringify(replies)
    expect(seen).toContain('欧**')
    for (const secret of ['欧阳娜娜', '阳娜娜', '13512345678', '5678']) expect(seen).not.toContain(secret)
  })
})

describe('fulfilling', () => {
  test('备货 sends each paid participant one 到货提醒, never twice; staff scanning the pickup code marks the entry picked up', async () => {
    const c = await chain(t, 'lead-2', 'cherry-f')
    await named(t, 'fan-1', '周一', '13100000001')
    await named(t, 'fan-2', '周二', '13100000002')
    const first = await joinAndPay(t, 'fan-1', c.chainId, 1)
    await joinAndPay(t, 'fan-2', c.chainId, 2)
    await joinChain(t, 'fan-2', c.chainId, 1) // unpaid: no message
    expect(await act(t, 'groupbuy', 'lead-2', 'advance', { requestId: rid('f'), chainId: c.chainId, event: 'fulfil' })).toMatchObject({ ok: false, code: 'GROUPBUY.BAD_STATE' })
    await act(t, 'groupbuy', 'lead-2', 'close', { requestId: rid('close'), chainId: c.chainId })
    const requestId = rid('fulfil')
    const fulfil = await act(t, 'groupbuy', 'lead-2', 'advance', { requestId, chainId: c.chainId, event: 'fulfil' })
    expect(fulfil).toMatchObject({ ok: true, data: { chain: { status: 'fulfilling', statusText: '备货中' } } })
    expect(await act(t, 'groupbuy', 'lead-2', 'advance', { requestId, chainId: c.chainId, event: 'fulfil' })).toMatchObject({ ok: true })
    expect(await act(t, 'groupbuy', 'lead-2', 'advance', { requestId: rid('f'), chainId: c.chainId, event: 'fulfil' })).toMatchObject({ ok: false, code: 'GROUPBUY.BAD_STATE' })
    const { messages } = await t.dev('GET', 'outbox')
    const mine = messages.filter((m: { touser: string; page: string }) => m.page.includes(c.chainId))
    expect(mine.map((m: { touser: string }) => m.touser).sort()).toEqual(['fan-1', 'fan-2'])
    expect(mine.find((m: { touser: string }) => m.touser === 'fan-1').data.thing1.value).toBe('智利车厘子 第1号')

    const { code } = (await act(t, 'order', 'fan-1', 'pickup.code', { orderId: first })).data
    expect(await act(t, 'order', STAFF_A, 'pickup.verify', { requestId: rid('v'), code })).toMatchObject({ ok: true, data: { order: { status: 'picked_up' } } })
    const points = (await act(t, 'groupbuy', 'lead-2', 'picklist', { chainId: c.chainId })).data.points
    expect(points[0].participants.map((p: { no: number; pickedUp: boolean }) => [p.no, p.pickedUp])).toEqual([
      [1, true],
      [2, false],
    ])
  })
})

describe('bad input changes nothing', () => {
  test('a non-leader creating or closing a chain; another leader closing it', async () => {
    await join(t, 'plain')
    const c = await chain(t, 'lead-1', 'cherry-x')
    const create = { requestId: rid('c'), title: '草莓', products: [{ skuId: 'cherry-x', chainPriceFen: 100, stock: 5 }], perPersonLimit: 2, deadline: new Date(Date.now() + 86_400_000).toISOString(), pickupFrom: new Date(Date.now() + 2 * 86_400_000).toISOString(), pickupTo: new Date(Date.now() + 3 * 86_400_000).toISOString() }
    expect(await act(t, 'groupbuy', 'plain', 'create', create)).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
    expect(await act(t, 'groupbuy', STAFF_A, 'create', create)).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
    expect(await act(t, 'groupbuy', 'plain', 'close', { requestId: rid('x'), chainId: c.chainId })).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
    expect(await act(t, 'groupbuy', 'lead-2', 'close', { requestId: rid('x'), chainId: c.chainId })).toMatchObject({ ok: false, code: 'GROUPBUY.NOT_LEADER' })
    expect((await t.db.collection('chains').doc(c.chainId).get()).data.status).toBe('open')
    expect(await act(t, 'groupbuy', 'lead-1', 'create', { ...create, requestId: rid('c'), deadline: new Date(Date.now() - 1000).toISOString() })).toMatchObject({ ok: false, code: 'GROUPBUY.INVALID_CHAIN' })
    expect(await act(t, 'groupbuy', 'lead-1', 'create', { ...create, requestId: rid('c'), products: [{ skuId: 'no-such', chainPriceFen: 100, stock: 5 }] })).toMatchObject({ ok: false, code: 'GROUPBUY.PRODUCT_NOT_FOUND' })
    expect((await t.db.collection('chains').where({ leaderId: 'plain' }).count()).total).toBe(0)
    const closed = await act(t, 'groupbuy', 'lead-1', 'close', { requestId: rid('x'), chainId: c.chainId })
    expect(closed).toMatchObject({ ok: true, data: { chain: { status: 'closed', statusText: '已截团' } } })
    expect(await joinChain(t, 'plain', c.chainId, 1)).toMatchObject({ ok: false, code: 'GROUPBUY.CLOSED' })
  })

  test('quantities out of range, over the per-person limit, unknown products; someone else’s entry', async () => {
    const c = await chain(t, 'lead-1', 'cherry-q', { limit: 2 })
    await join(t, 'greedy')
    const send = (lines: unknown) => act(t, 'groupbuy', 'greedy', 'join', { requestId: rid('q'), chainId: c.chainId, lines })
    expect(await send([{ key: '0', quantity: 0 }])).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    expect(await send([{ key: '0', quantity: 100 }])).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    expect(await send([{ key: '0', quantity: 1.5 }])).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    expect(await send([])).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    expect(await send([{ key: '7', quantity: 1 }])).toMatchObject({ ok: false, code: 'GROUPBUY.PRODUCT_NOT_FOUND' })
    expect(await send([{ key: '0', quantity: 3 }])).toMatchObject({ ok: false, code: 'GROUPBUY.OVER_LIMIT' })
    expect(await send([{ key: '0', quantity: 2 }])).toMatchObject({ ok: true })
    expect(await send([{ key: '0', quantity: 1 }])).toMatchObject({ ok: false, code: 'GROUPBUY.OVER_LIMIT' })
    expect(await stockLeft(t, c.chainId)).toBe(8)
    expect(await held(t, c.chainId, 'greedy')).toBe(2)
    const mine = (await act(t, 'groupbuy', 'greedy', 'get', { chainId: c.chainId })).data.mine[0]
    expect(await act(t, 'groupbuy', 'lead-1', 'entry.cancel', { requestId: rid('c'), entryId: mine.entryId })).toMatchObject({ ok: false, code: 'GROUPBUY.ENTRY_NOT_FOUND' })
    expect(await act(t, 'groupbuy', 'visitor-y', 'join', { requestId: rid('q'), chainId: c.chainId, lines: [{ key: '0', quantity: 1 }] })).toMatchObject({ ok: false, code: 'COMMON.NOT_MEMBER' })
    expect(await stockLeft(t, c.chainId)).toBe(8)
  })
})
