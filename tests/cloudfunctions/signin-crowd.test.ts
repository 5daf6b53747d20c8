import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, join, rid, seedStores } from '../support/fixtures'
import { clientCrowd } from '../support/client-sends'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
})
afterAll(() => t.close())
afterEach(() => t.dev('POST', 'faults', { conflictRate: 0 }))

const at = (iso: string) => t.dev('POST', 'clock', { now: iso.length === 10 ? `${iso}T02:00:00.000Z` : iso })
const signin = (openid: string, action: string, payload: Record<string, unknown> = {}) => act(t, 'signin', openid, action, payload)

const all = async (coll: string, query: Record<string, unknown>) => (await t.db.collection(coll).where(query).limit(1000).get()).data

async function expectLedgerExact(memberId: string) {
  const entries = await all('points_ledger', { memberId })
  const account = (await all('points_accounts', { _id: memberId }))[0] ?? { balance: 0, lots: [] }
  const sum = entries.reduce((s: number, e: { amount: number }) => s + e.amount, 0)
  expect(account.balance).toBe(sum)
  expect(account.lots.reduce((s: number, l: { remaining: number }) => s + l.remaining, 0)).toBe(sum)
  return entries as { code: string; amount: number }[]
}

describe('a crowd of check-ins by one member', () => {
  test.each([
    ['no injected faults', 0],
    ['30% of transactions meeting a conflict', 0.3],
  ])('40 parallel check-ins with different requestIds sign in once and all get the same answer (%s)', async (name, conflictRate) => {
    const member = `crowd-${conflictRate * 10}`
    await at('2026-11-20')
    await join(t, member)
    await at('2026-11-24T15:59:59.999Z')
    await t.dev('POST', 'faults', { conflictRate })
    const crowd = clientCrowd(t, `sign-in, 40 check-ins of one member (${name})`)
    const replies = await Promise.all(Array.from({ length: 40 }, () => crowd.sendLikeAClient('signin', member, 'checkin', { requestId: rid('crowd') })))
    expect(crowd.report().busyAfterRetry).toBe(0)
    await t.dev('POST', 'faults', { conflictRate: 0 })
    expect(replies.every((r) => r.ok)).toBe(true)
    expect(replies.map((r) => r.data)).toEqual(Array(40).fill({ day: '2026-11-24', streak: 1, cycleDay: 1, reward: { points: 5 } }))
    expect(await all('signins', { memberId: member })).toHaveLength(1)
    const entries = await expectLedgerExact(member)
    expect(entries.filter((e) => e.code === 'earn.signin')).toHaveLength(1)
    expect(await all('growth_ledger', { memberId: member, code: 'growth.signin' })).toHaveLength(1)
    expect((await all('signin_states', { _id: member }))[0]).toMatchObject({ total: 1, streak: 1, lastDay: '2026-11-24' })
    expect(t.cloud.db.transactions.openCount()).toBe(0)
    // Each request went through the transaction and keeps its reply for a replay.
    expect(await all('requests', { openid: member, scope: 'signin.checkin' })).toHaveLength(40)
  })

  test('parallel make-ups: one day is paid once, and the monthly limit holds', async () => {
    const member = 'crowd-mender'
    await at('2026-11-02')
    await join(t, member)
    await act(t, 'lab', member, 'earn', { requestId: rid('gift'), amount: 1000 })
    await at('2026-11-20')
    await t.dev('POST', 'faults', { conflictRate: 0.3 })
    const crowd = clientCrowd(t, 'sign-in, 26 make-ups of one member')
    const sameDay = await Promise.all(Array.from({ length: 20 }, () => crowd.sendLikeAClient('signin', member, 'makeup', { requestId: rid('mk'), day: '2026-11-10' })))
    expect(sameDay.filter((r) => r.ok)).toHaveLength(1)
    expect(new Set(sameDay.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['SIGNIN.MAKEUP_ALREADY_SIGNED']))
    const days = ['2026-11-11', '2026-11-12', '2026-11-13', '2026-11-14', '2026-11-15', '2026-11-16']
    const others = await Promise.all(days.map((day) => crowd.sendLikeAClient('signin', member, 'makeup', { requestId: rid('mk'), day })))
    expect(crowd.report().busyAfterRetry).toBe(0)
    await t.dev('POST', 'faults', { conflictRate: 0 })
    expect(others.filter((r) => r.ok)).toHaveLength(1) // limit 2 a month: one was used above
    expect(new Set(others.filter((r) => !r.ok).map((r) => r.code))).toEqual(new Set(['SIGNIN.MAKEUP_LIMIT']))
    const entries = await expectLedgerExact(member)
    expect(entries.filter((e) => e.code === 'spend.makeup').map((e) => e.amount)).toEqual([-20, -20])
    expect(await all('signins', { memberId: member, kind: 'makeup' })).toHaveLength(2)
    expect((await all('signin_states', { _id: member }))[0]).toMatchObject({ total: 2, makeupMonth: '2026-11', makeupCount: 2 })
  })
})

describe('identity comes from the platform only', () => {
  test('a forged openid in the event signs in the caller, never the victim', async () => {
    await at('2026-11-20')
    await join(t, 'victim')
    await join(t, 'attacker')
    const forged = { openid: 'victim', _openid: 'victim', OPENID: 'victim', memberId: 'victim', userInfo: { openId: 'victim' } }
    expect(await signin('attacker', 'checkin', { requestId: rid(), ...forged })).toMatchObject({ ok: true, data: { day: '2026-11-20' } })
    expect(await signin('attacker', 'reminder', { requestId: rid(), on: true, ...forged })).toMatchObject({ ok: true })
    expect(await signin('attacker', 'makeup', { requestId: rid(), day: '2026-11-19', ...forged })).toMatchObject({ ok: false })
    expect(await all('signins', { memberId: 'victim' })).toEqual([])
    expect(await all('signin_states', { _id: 'victim' })).toEqual([])
    expect(await all('points_ledger', { memberId: 'victim' })).toEqual([])
    expect(await all('signins', { memberId: 'attacker' })).toHaveLength(1)
  })
})

describe('the 20:00 reminder', () => {
  const outboxFor = async (openid: string) => ((await t.dev('GET', 'outbox')).messages as { touser: string; templateId: string; page: string; data: Record<string, { value: string }> }[]).filter((m) => m.touser === openid)
  const fire = async () => (await t.dev('POST', 'trigger/signin/remind')).result

  beforeAll(async () => {
    await at('2026-11-22')
    for (const m of ['r-forgetful', 'r-diligent', 'r-quiet', 'r-changed']) await join(t, m)
    await signin('r-forgetful', 'checkin', { requestId: rid() }) // yesterday's sign-in: a streak of 1
    await at('2026-11-23')
    for (const m of ['r-forgetful', 'r-diligent', 'r-changed']) expect(await signin(m, 'reminder', { requestId: rid(), on: true })).toEqual({ ok: true, data: { reminder: true } })
    await signin('r-changed', 'reminder', { requestId: rid(), on: false })
    await signin('r-diligent', 'checkin', { requestId: rid() })
    await at('2026-11-23T12:00:00.000Z') // 20:00 in Shanghai
  })

  test('sends one message to each member who asked for it and has not signed today', async () => {
    const run = await fire()
    expect(run).toMatchObject({ ok: true, data: { day: '2026-11-23', failed: 0 } })
    expect(await outboxFor('r-forgetful')).toEqual([
      expect.objectContaining({ templateId: 'local-signin-reminder', page: 'packages/signin/pages/index/index', data: { thing1: { value: '每日签到' }, thing2: { value: '连签 1 天，今日签到得 5 积分' } } }),
    ])
    for (const m of ['r-diligent', 'r-quiet', 'r-changed']) expect(await outboxFor(m)).toEqual([])
  })

  test('firing again the same day sends nothing more; the next day sends again', async () => {
    expect((await fire()).data.sent).toBe(0)
    expect(await outboxFor('r-forgetful')).toHaveLength(1)
    await at('2026-11-24T12:00:00.000Z')
    await fire()
    expect(await outboxFor('r-forgetful')).toHaveLength(2)
    expect(await outboxFor('r-diligent')).toHaveLength(1) // signed yesterday, not today
  })

  test('the page shows the switch as set', async () => {
    expect((await signin('r-forgetful', 'status')).data).toMatchObject({ reminder: true, reminderTemplateId: 'local-signin-reminder' })
    expect((await signin('r-changed', 'status')).data.reminder).toBe(false)
  })

  test('a template id the merchant no longer uses is refused', async () => {
    expect(await signin('r-quiet', 'reminder', { requestId: rid(), on: true, templateId: 'old-template' })).toMatchObject({ ok: false, code: 'SIGNIN.REMINDER_TEMPLATE' })
  })
})
