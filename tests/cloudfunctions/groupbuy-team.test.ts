/**
 * Issue 14 item 6: team buys (拼团). A seat counts only when paid; the team succeeds at
 * exactly N under a crowd of payers with injected conflicts, and payers beyond N are
 * refunded once through orders; a team not full at its deadline is refunded by the
 * `expireTeams` timer exactly once per member, even when it fires twice at once.
 */
import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, join, rid, seedStores, STAFF_A } from '../support/fixtures'
import { member, readOrder, stockOf, trigger } from '../support/orders'
import { named, pay } from '../support/groupbuy'
import { interleave } from '../support/interleave'
import { joinTeam, offer, openPaid, openTeam, refundsOf, teamDoc } from '../support/teams'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(async () => {
  await t.dev('POST', 'faults', { conflictRate: 0, hold: null })
  await t.dev('DELETE', 'clock')
})

const HOUR = 3600_000

describe('the team succeeds at exactly N', () => {
  test('30 members join and pay at once with injected conflicts: N seats, never N + 1; the others are refunded once', async () => {
    const offerId = await offer(t, 'crowd-grape', { size: 3, stock: 100, perMemberLimit: 1 })
    await member(t, 'opener-c')
    const { teamId, orderId: openerOrder } = await openPaid(t, 'opener-c', offerId)
    const people = Array.from({ length: 30 }, (_, i) => `team-crowd-${i}`)
    await Promise.all(people.map((p) => member(t, p)))
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    const outcomes = await Promise.all(
      people.map(async (p) => {
        const joined = await joinTeam(t, p, teamId)
        if (!joined.ok) return { p, joined }
        return { p, joined, paid: await pay(t, p, joined.data.orderId) }
      }),
    )
    await t.dev('POST', 'faults', { conflictRate: 0 })
    // On a loaded machine a payment callback can hit its timeout after its transaction and
    // before its refund was sent: the platform's answer is the refund retry timer, 10 minutes on.
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 11 * 60_000).toISOString() })
    await trigger(t, 'order', 'retryRefunds')
    const team = await teamDoc(t, teamId)
    expect(team.status).toBe('succeeded')
    expect(team.seats).toHaveLength(3)
    expect(team.seats[0].orderId).toBe(openerOrder)
    const joinedOrders = outcomes.filter((o) => o.joined.ok).map((o) => o.joined.data.orderId as string)
    // Joins close once the team is full: the rest were refused (GROUPBUY.TEAM_FULL), never seated.
    for (const o of outcomes.filter((x) => !x.joined.ok)) expect(o.joined.code).toBe('GROUPBUY.TEAM_FULL')
    const seated = new Set(team.seats.map((s: { orderId: string }) => s.orderId))
    let refunded = 0
    for (const id of joinedOrders) {
      const order = await readOrder(t, id)
      const refunds = await refundsOf(t, id)
      if (seated.has(id)) {
        expect(order.status).toBe('awaiting_pickup')
        expect(refunds).toHaveLength(0)
      } else if (order.status !== 'unpaid' && order.status !== 'cancelled') {
        expect(order.status).toBe('refunded')
        expect(refunds).toEqual([expect.objectContaining({ status: 'settled', amountFen: 2990 })])
        expect(order.refundedFen).toBe(2990)
        refunded++
      }
    }
    expect(joinedOrders.length - 2).toBeGreaterThanOrEqual(refunded)
    expect(refunded).toBeGreaterThan(0)
    // The refunded orders gave their units back; the three seats keep theirs.
    const open = (await Promise.all(joinedOrders.map((id) => readOrder(t, id)))).filter((o) => o.status === 'unpaid').length
    expect(await stockOf(t, 'crowd-grape')).toBe(100 - 3 - open)
  })

  test('the last seat contested by 10 payment callbacks at once: exactly one is seated', async () => {
    const offerId = await offer(t, 'last-seat', { size: 2 })
    await member(t, 'opener-l')
    const { teamId } = await openPaid(t, 'opener-l', offerId)
    const people = Array.from({ length: 10 }, (_, i) => `last-${i}`)
    await Promise.all(people.map((p) => member(t, p)))
    const orders = await Promise.all(people.map(async (p) => ({ p, r: await joinTeam(t, p, teamId) })))
    expect(orders.every((o) => o.r.ok)).toBe(true)
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    const paid = await Promise.all(orders.map(({ p, r }) => pay(t, p, r.data.orderId)))
    expect(paid.every((r) => r.ok)).toBe(true)
    await t.dev('POST', 'faults', { conflictRate: 0 })
    const team = await teamDoc(t, teamId)
    expect(team).toMatchObject({ status: 'succeeded' })
    expect(team.seats).toHaveLength(2)
    const statuses = await Promise.all(orders.map(({ r }) => readOrder(t, r.data.orderId).then((o) => o.status)))
    expect(statuses.filter((s) => s === 'awaiting_pickup')).toHaveLength(1)
    expect(statuses.filter((s) => s === 'refunded')).toHaveLength(9)
    for (const { r } of orders) expect((await refundsOf(t, r.data.orderId)).length).toBeLessThanOrEqual(1)
    // A full team offers a new one, and the share card says how many are missing (none).
    const view = (await act(t, 'groupbuy', 'last-0', 'team.get', { teamId })).data
    expect(view.openNew).toEqual({ offerId, text: '该团已满，开一个新团' })
    expect(view.canJoin).toBe(false)
    expect(view.team).toMatchObject({ phase: 'succeeded', phaseText: '拼团成功', seatsLeft: 0 })
  })

  test('a payment held after reading the team while another takes the last seat is re-run, and refunded', async () => {
    const offerId = await offer(t, 'held-seat', { size: 2 })
    await Promise.all(['opener-h', 'held-h', 'quick-h'].map((p) => member(t, p)))
    const { teamId } = await openPaid(t, 'opener-h', offerId)
    const [held, quick] = await Promise.all(['held-h', 'quick-h'].map(async (p) => (await joinTeam(t, p, teamId)).data.orderId as string))
    const run = await interleave(t, { collection: 'teams', id: teamId }, () => pay(t, 'held-h', held), () => pay(t, 'quick-h', quick))
    expect(run.hold).toMatchObject({ state: 'released', held: 'conflicted' })
    expect(run.first.ok && run.second.ok).toBe(true)
    expect((await teamDoc(t, teamId)).seats.map((s: { orderId: string }) => s.orderId)).toEqual([expect.any(String), quick])
    expect(await readOrder(t, quick)).toMatchObject({ status: 'awaiting_pickup' })
    expect(await readOrder(t, held)).toMatchObject({ status: 'refunded', refundedFen: 2990, refund: { reason: '该团已满，已自动退款' } })
  })
})

describe('a team that fails at its deadline', () => {
  test('the expiry timer fired twice at once, and again: one refund per paid member; a late payment is refunded too', async () => {
    const offerId = await offer(t, 'fail-grape', { size: 3, stock: 50 })
    await member(t, 'opener-f')
    await member(t, 'friend-f')
    await member(t, 'slow-f')
    const { teamId, orderId: a } = await openPaid(t, 'opener-f', offerId)
    const b = (await joinTeam(t, 'friend-f', teamId)).data.orderId
    expect((await pay(t, 'friend-f', b)).ok).toBe(true)
    const slow = (await joinTeam(t, 'slow-f', teamId)).data.orderId
    expect(await stockOf(t, 'fail-grape')).toBe(47)
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 25 * HOUR).toISOString() })
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    await Promise.all([trigger(t, 'groupbuy', 'expireTeams'), trigger(t, 'groupbuy', 'expireTeams')])
    await trigger(t, 'groupbuy', 'expireTeams')
    await t.dev('POST', 'faults', { conflictRate: 0 })
    expect(await teamDoc(t, teamId)).toMatchObject({ status: 'failed' })
    for (const id of [a, b]) {
      const refunds = await refundsOf(t, id)
      expect(refunds).toEqual([expect.objectContaining({ _id: `R${id}-1`, status: 'settled', amountFen: 2990 })])
      expect(await readOrder(t, id)).toMatchObject({ status: 'refunded', refundedFen: 2990, refundCount: 1 })
    }
    // The slow member pays after the deadline: no seat, refunded in full.
    expect((await pay(t, 'slow-f', slow)).ok).toBe(true)
    expect(await readOrder(t, slow)).toMatchObject({ status: 'refunded', refundedFen: 2990 })
    expect((await teamDoc(t, teamId)).seats).toHaveLength(2)
    expect(await stockOf(t, 'fail-grape')).toBe(50)
    const view = (await act(t, 'groupbuy', 'friend-f', 'team.get', { teamId })).data
    expect(view.team).toMatchObject({ phase: 'failed', phaseText: '拼团失败' })
    expect(view.openNew).toEqual({ offerId, text: '该团未成团，开一个新团' })
    // A cut-off after the refund was recorded and before it was sent (the order is 退款中,
    // the team still `failing`): two firings at once send it again under the same
    // out_refund_no, and it is settled once.
    await t.db.collection('teams').doc(teamId).update({ data: { status: 'failing' } })
    const before = await readOrder(t, a)
    await t.db.collection('orders').doc(a).update({ data: { status: 'refunding', statusBefore: 'awaiting_pickup', refundedFen: 0, refund: { ...before.refund, status: 'approved', settledAt: null } } })
    await t.db.collection('refunds').doc(`R${a}-1`).update({ data: { status: 'pending', settledAt: null } })
    await Promise.all([trigger(t, 'groupbuy', 'expireTeams'), trigger(t, 'groupbuy', 'expireTeams')])
    expect((await refundsOf(t, a)).map((r) => [r._id, r.status])).toEqual([[`R${a}-1`, 'settled']])
    expect(await readOrder(t, a)).toMatchObject({ status: 'refunded', refundedFen: 2990, refundCount: 1 })
    expect(await teamDoc(t, teamId)).toMatchObject({ status: 'failed' })
  })

  test('a member who asked for a refund before the deadline is refunded in full by the timer, once', async () => {
    const offerId = await offer(t, 'asked-grape', { size: 3, stock: 10 })
    await member(t, 'opener-q')
    const { teamId, orderId } = await openPaid(t, 'opener-q', offerId)
    expect(await act(t, 'order', 'opener-q', 'refund.request', { requestId: rid('ask'), orderId, reason: '不想要了' })).toMatchObject({ ok: true })
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 25 * HOUR).toISOString() })
    await Promise.all([trigger(t, 'groupbuy', 'expireTeams'), trigger(t, 'groupbuy', 'expireTeams')])
    expect((await refundsOf(t, orderId)).map((r) => [r._id, r.status, r.amountFen])).toEqual([[`R${orderId}-1`, 'settled', 2990]])
    expect(await readOrder(t, orderId)).toMatchObject({ status: 'refunded', refundedFen: 2990, refund: { reason: '不想要了', note: '拼团未成功，已自动退款', status: 'settled' } })
    expect(await teamDoc(t, teamId)).toMatchObject({ status: 'failed' })
    expect(await stockOf(t, 'asked-grape')).toBe(10)
  })

  test('a forged timer event from a member runs nothing', async () => {
    const offerId = await offer(t, 'forged-grape')
    await member(t, 'opener-x')
    const { teamId } = await openPaid(t, 'opener-x', offerId)
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 25 * HOUR).toISOString() })
    const { body } = await t.call('groupbuy', 'opener-x', { Type: 'Timer', TriggerName: 'expireTeams' })
    expect(body.result).toMatchObject({ ok: false, code: 'COMMON.UNKNOWN_ACTION' })
    expect(await teamDoc(t, teamId)).toMatchObject({ status: 'forming' })
  })
})

describe('pickup waits for the team', () => {
  test('a paid seat has no pickup code until the team has succeeded; then the store hands the goods over', async () => {
    const offerId = await offer(t, 'wait-grape', { size: 2, stock: 10 })
    await member(t, 'opener-w')
    await member(t, 'joiner-w')
    const { teamId, orderId } = await openPaid(t, 'opener-w', offerId)
    expect(await act(t, 'order', 'opener-w', 'pickup.code', { orderId })).toMatchObject({ ok: false, code: 'ORDER.BAD_STATE', message: '拼团未成功，暂不能提货' })
    const joined = await joinTeam(t, 'joiner-w', teamId)
    expect((await pay(t, 'joiner-w', joined.data.orderId)).ok).toBe(true)
    const code = await act(t, 'order', 'opener-w', 'pickup.code', { orderId })
    expect(code.ok).toBe(true)
    expect(await act(t, 'order', STAFF_A, 'pickup.verify', { requestId: rid('v'), code: code.data.code })).toMatchObject({ ok: true, data: { order: { status: 'picked_up' } } })
  })
})

describe('bad input changes nothing', () => {
  test('unknown team or offer, another store, quantities, joining your own team twice, a closed team', async () => {
    const offerId = await offer(t, 'bad-grape', { size: 2, stock: 20, perMemberLimit: 2 })
    await member(t, 'opener-b')
    await member(t, 'joiner-b')
    await member(t, 'late-b')
    expect(await act(t, 'groupbuy', 'joiner-b', 'team.get', { teamId: 'nope' })).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_NOT_FOUND' })
    expect(await joinTeam(t, 'joiner-b', 'nope')).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_NOT_FOUND' })
    expect(await openTeam(t, 'opener-b', 'team-nope')).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_OFFER_NOT_FOUND' })
    expect(await openTeam(t, 'opener-b', offerId, { storeId: 'store-b' })).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_BAD_STORE' })
    expect(await openTeam(t, 'opener-b', offerId, { quantity: 3 })).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_BAD_QUANTITY' })
    for (const quantity of [0, -1, 1.5, '1']) expect(await openTeam(t, 'opener-b', offerId, { quantity })).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    expect(await openTeam(t, 'not-a-member', offerId)).toMatchObject({ ok: false })
    expect(await stockOf(t, 'bad-grape')).toBe(20)
    expect((await t.db.collection('teams').where({ status: 'forming', deadline: t.db.command.gt(new Date(0)) }).get()).data.filter((x: { offerId: string }) => x.offerId === offerId)).toHaveLength(0)

    // A replay of open answers the first reply and opens nothing more.
    const requestId = rid('open-replay')
    const first = await openTeam(t, 'opener-b', offerId, { requestId })
    expect(await openTeam(t, 'opener-b', offerId, { requestId })).toEqual(first)
    const { teamId, orderId } = first.data
    expect(await stockOf(t, 'bad-grape')).toBe(19)
    expect(await joinTeam(t, 'opener-b', teamId)).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_ALREADY_IN' })
    expect(await joinTeam(t, 'joiner-b', teamId, { quantity: 3 })).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_BAD_QUANTITY' })
    const joinRequest = rid('join-replay')
    const joined = await joinTeam(t, 'joiner-b', teamId, { quantity: 2, requestId: joinRequest })
    expect(joined).toMatchObject({ ok: true, data: { amountFen: 5980 } })
    expect(await joinTeam(t, 'joiner-b', teamId)).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_ALREADY_IN' })
    expect(await stockOf(t, 'bad-grape')).toBe(17)
    await pay(t, 'opener-b', orderId)
    await pay(t, 'joiner-b', joined.data.orderId)
    expect(await teamDoc(t, teamId)).toMatchObject({ status: 'succeeded' })
    expect(await joinTeam(t, 'late-b', teamId)).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_FULL' })
    // A replay gets its first reply before any state check, even now that the team is full.
    expect(await joinTeam(t, 'joiner-b', teamId, { quantity: 2, requestId: joinRequest })).toEqual(joined)

    const second = await openPaid(t, 'opener-b', offerId)
    await t.dev('POST', 'clock', { now: new Date(Date.now() + 24 * HOUR).toISOString() })
    expect(await joinTeam(t, 'late-b', second.teamId)).toMatchObject({ ok: false, code: 'GROUPBUY.TEAM_CLOSED' })
    expect(await stockOf(t, 'bad-grape')).toBe(16)
  })
})

describe('masking', () => {
  test('others see 「张**」 and an avatar: never a full name, a phone or an openid', async () => {
    const offerId = await offer(t, 'mask-grape', { size: 3 })
    const listed = (await act(t, 'groupbuy', 'visitor-nobody', 'team.offers', { productId: 'p-mask-grape' })).data.offers
    expect(listed).toEqual([expect.objectContaining({ offerId, teamPriceFen: 2990, size: 3, stores: [{ storeId: 'store-a', name: '徐汇店' }] })])
    await t.db.collection('team_offers').doc(offerId).update({ data: { enabled: false } })
    expect((await act(t, 'groupbuy', 'visitor-nobody', 'team.offers', { productId: 'p-mask-grape' })).data.offers).toEqual([])
    await t.db.collection('team_offers').doc(offerId).update({ data: { enabled: true } })
    await named(t, 'mask-opener', '张三丰', '13912345678')
    await named(t, 'mask-friend', '李四光', '13687654321')
    const { teamId } = await openPaid(t, 'mask-opener', offerId)
    const j = await joinTeam(t, 'mask-friend', teamId)
    await pay(t, 'mask-friend', j.data.orderId)
    await join(t, 'mask-viewer')
    for (const viewer of ['mask-viewer', 'mask-friend', 'visitor-nobody']) {
      const reply = await act(t, 'groupbuy', viewer, 'team.get', { teamId })
      expect(reply.ok).toBe(true)
      const text = JSON.stringify(reply)
      for (const secret of ['张三丰', '三丰', '李四光', '13912345678', '5678', '13687654321', '4321', 'mask-opener', 'mask-friend']) expect(text).not.toContain(secret)
      expect(reply.data.team.seats.map((s: { name: string }) => s.name)).toEqual(['张**', '李**'])
    }
    const mine = (await act(t, 'groupbuy', 'mask-friend', 'team.get', { teamId })).data
    expect(mine.team.seats).toEqual([expect.objectContaining({ opener: true, mine: false }), expect.objectContaining({ opener: false, mine: true })])
    const { cardNo } = (await t.db.collection('members').doc('mask-friend').get()).data
    expect(mine.share).toEqual({ title: '【拼团】阳光玫瑰葡萄 29.9元 · 还差 1 人', path: `/packages/groupbuy/pages/team/index?id=${teamId}&from=${cardNo}` })
    expect(mine.mine).toMatchObject({ paid: true, statusText: '待取货' })
  })
})
