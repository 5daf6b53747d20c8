import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { ADMIN, STAFF_A, STAFF_B, act, join, rid, seedStores } from '../support/fixtures'
import { MANAGER_A, bindAs, countOf, makeInvite, seedManager } from '../support/staff'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await seedManager(t.db)
  await join(t, 'shopper')
})
afterAll(() => t.close())

const WRITES = ['staff', 'staff_invites', 'staff_audit', 'staff_work', 'points_ledger', 'member_codes_used', 'coupons', 'mall_redemptions', 'requests']
const snapshot = () => Promise.all(WRITES.map((c) => countOf(t, c)))

describe('a caller who is not bound, active staff is refused everywhere with COMMON.FORBIDDEN', () => {
  test.each([
    ['never staff', 'shopper'],
    ['unbound staff', 'gone-staff'],
  ])('%s: every staff action, the till actions included, refuses and changes nothing', async (_who, caller) => {
    await t.db.collection('staff').doc('gone-staff').set({ data: { role: 'manager', storeId: 'store-a', name: '离职', active: false } })
    const { data: card } = await act(t, 'member', 'shopper', 'code')
    const calls: [string, string, Record<string, unknown>][] = [
      ['staff', 'invite', { requestId: rid(), storeId: 'store-a' }],
      ['staff', 'unbind', { requestId: rid(), staffId: STAFF_A }],
      ['staff', 'unbind', { requestId: rid(), staffId: 'no-such-seat' }],
      ['staff', 'lookup', { code: card.code }],
      ['staff', 'pickup.verify', { requestId: rid(), code: '12345678' }],
      ['staff', 'stats', { scope: 'me' }],
      ['staff', 'stats', { scope: 'store', storeId: 'store-a' }],
      ['staff', 'awards', {}],
      ['staff', 'reverse', { requestId: rid(), awardId: 'award:x:y' }],
      ['points', 'till.earn', { receiptNo: rid('rc'), requestId: rid(), code: card.code, paidFen: 1000 }],
      ['coupon', 'gift', { requestId: rid(), code: card.code, templateId: 'any' }],
      ['coupon', 'redeem', { requestId: rid(), code: card.code }],
      ['member', 'verifyCode', { requestId: rid(), code: card.code, purpose: 'till' }],
    ]
    const before = await snapshot()
    const replies = await Promise.all(calls.map(([fn, action, payload]) => act(t, fn, caller, action, payload)))
    expect(replies.map((r, i) => [calls[i][1], r.code])).toEqual(calls.map(([, action]) => [action, 'COMMON.FORBIDDEN']))
    expect(await snapshot()).toEqual(before)
    expect(await act(t, 'staff', caller, 'me')).toEqual({ ok: true, data: { seat: null } })
  })
})

describe('invites', () => {
  test('an admin makes an invite; the new user opening it becomes 店员 of that store, recorded in the audit', async () => {
    const code = await makeInvite(t, 'store-b')
    const reply = await bindAs(t, 'newbie', code, '小赵')
    expect(reply).toEqual({ ok: true, data: { seat: { staffId: 'newbie', name: '小赵', role: 'staff', roleName: '店员', storeId: 'store-b', storeName: '静安店' } } })
    expect((await act(t, 'staff', 'newbie', 'me')).data.seat.storeId).toBe('store-b')
    const { data: trail } = await t.db.collection('staff_audit').where({ storeId: 'store-b' }).get()
    expect(trail.map((a: { action: string; actor: string }) => [a.action, a.actor])).toEqual([
      ['invite', ADMIN],
      ['bind', 'newbie'],
    ])
  })

  test('an invite opened by three people at once, with injected conflicts, binds exactly one; the others are told it was used', async () => {
    const code = await makeInvite(t, 'store-a')
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    // As the client sends: a COMMON.BUSY reply is retried with the same requestId.
    const send = async (who: string) => {
      const payload = { requestId: rid('bind'), code, name: who }
      for (let attempt = 0; ; attempt++) {
        const reply = await act(t, 'staff', who, 'bind', payload)
        if (reply.ok || reply.code !== 'COMMON.BUSY' || attempt > 10) return reply
      }
    }
    const replies = await Promise.all(['race-1', 'race-2', 'race-3'].map(send))
    await t.dev('POST', 'faults', { conflictRate: 0 })
    expect(replies.filter((r) => r.ok)).toHaveLength(1)
    expect(replies.filter((r) => !r.ok).map((r) => r.code)).toEqual(['STAFF.INVITE_USED', 'STAFF.INVITE_USED'])
    const seats = await Promise.all(['race-1', 'race-2', 'race-3'].map((who) => act(t, 'staff', who, 'me')))
    expect(seats.filter((s) => s.data.seat)).toHaveLength(1)
    // The one it bound may open it again (a retry with a new requestId) and is simply bound.
    const winner = ['race-1', 'race-2', 'race-3'][replies.findIndex((r) => r.ok)]
    expect((await bindAs(t, winner, code)).ok).toBe(true)
  })

  test('an invite is refused after 24 hours, and an unknown code is refused', async () => {
    await t.dev('POST', 'clock', { now: '2026-11-20T02:00:00.000Z' })
    const code = await makeInvite(t, 'store-a')
    await t.dev('POST', 'clock', { now: '2026-11-21T02:00:00.000Z' })
    expect((await bindAs(t, 'late-1', code)).ok).toBe(true) // exactly 24 h: still good
    const second = await makeInvite(t, 'store-a')
    await t.dev('POST', 'clock', { now: '2026-11-22T02:00:00.001Z' })
    expect(await bindAs(t, 'late-2', second)).toMatchObject({ ok: false, code: 'STAFF.INVITE_EXPIRED' })
    expect(await bindAs(t, 'late-2', 'AAAAAAAAAAAAAAAAAAAA')).toMatchObject({ ok: false, code: 'STAFF.INVITE_INVALID' })
    expect(await bindAs(t, 'late-2', 'bad code')).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
    await t.dev('DELETE', 'clock')
  })

  test('a 店长 invites 店员 for their own store only; 店员 cannot invite', async () => {
    expect((await act(t, 'staff', MANAGER_A, 'invite', { requestId: rid(), storeId: 'store-a' })).ok).toBe(true)
    expect(await act(t, 'staff', MANAGER_A, 'invite', { requestId: rid(), storeId: 'store-a', role: 'manager' })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await act(t, 'staff', MANAGER_A, 'invite', { requestId: rid(), storeId: 'store-b' })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await act(t, 'staff', STAFF_A, 'invite', { requestId: rid(), storeId: 'store-a' })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await act(t, 'staff', ADMIN, 'invite', { requestId: rid(), storeId: 'store-x' })).toMatchObject({ ok: false, code: 'STAFF.STORE_NOT_FOUND' })
  })
})

describe('unbinding', () => {
  test('the 店长 unbinds a 店员: their next action is refused, and the change is recorded', async () => {
    await bindAs(t, 'leaver', await makeInvite(t, 'store-a', MANAGER_A), '小钱')
    const { data: card } = await act(t, 'member', 'shopper', 'code')
    expect((await act(t, 'staff', 'leaver', 'lookup', { code: card.code })).ok).toBe(true)
    const requestId = rid()
    const reply = await act(t, 'staff', MANAGER_A, 'unbind', { requestId, staffId: 'leaver' })
    expect(reply).toEqual({ ok: true, data: { staffId: 'leaver', name: '小钱' } })
    expect(await act(t, 'staff', MANAGER_A, 'unbind', { requestId, staffId: 'leaver' })).toEqual(reply)
    expect(await act(t, 'points', 'leaver', 'till.earn', { receiptNo: rid('rc'), requestId: rid(), code: card.code, paidFen: 1000 })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await act(t, 'staff', 'leaver', 'lookup', { code: card.code })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    const { data: trail } = await t.db.collection('staff_audit').where({ target: 'leaver', action: 'unbind' }).get()
    expect(trail).toEqual([expect.objectContaining({ actor: MANAGER_A, storeId: 'store-a', at: expect.any(Date) })])
  })

  test('a 店长 cannot unbind staff of another store; an admin can', async () => {
    expect(await act(t, 'staff', MANAGER_A, 'unbind', { requestId: rid(), staffId: STAFF_B })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    expect(await act(t, 'staff', STAFF_A, 'unbind', { requestId: rid(), staffId: MANAGER_A })).toMatchObject({ ok: false, code: 'COMMON.FORBIDDEN' })
    await bindAs(t, 'b-temp', await makeInvite(t, 'store-b'))
    expect((await act(t, 'staff', ADMIN, 'unbind', { requestId: rid(), staffId: 'b-temp' })).ok).toBe(true)
    expect((await act(t, 'staff', 'b-temp', 'me')).data.seat).toBeNull()
  })
})
