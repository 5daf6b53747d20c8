import { startTestCloud, type TestCloud } from '../support/local-cloud'
import { act, join, rid, seedStores } from '../support/fixtures'

let t: TestCloud
beforeAll(async () => {
  t = await startTestCloud()
  await seedStores(t.db)
  await t.db.collection('coupon_templates').doc('signin-gift').set({
    data: { title: '签到 5 元券', kind: 'cash', amountFen: 500, channel: 'both', scope: { kind: 'all' }, validity: { kind: 'days', days: 30 }, stock: 1000, left: 1000, perMemberLimit: 10, issuedBy: 'center', refundable: true, enabled: true },
  })
  await t.db.collection('settings').doc('signin').set({ data: { couponTemplateId: 'signin-gift' } })
})
afterAll(() => t.close())

/** An instant on the dev clock; `day` alone means 10:00 that day in Shanghai. */
const at = (iso: string) => t.dev('POST', 'clock', { now: iso.length === 10 ? `${iso}T02:00:00.000Z` : iso })
const signin = (openid: string, action: string, payload: Record<string, unknown> = {}) => act(t, 'signin', openid, action, payload)
const checkin = (openid: string) => signin(openid, 'checkin', { requestId: rid('in') })
const makeup = (openid: string, day: string) => signin(openid, 'makeup', { requestId: rid('mk'), day })
const status = (openid: string, month?: string) => signin(openid, 'status', month ? { month } : {})

async function joinOn(openid: string, day: string) {
  await at(day)
  return (await join(t, openid)).data.cardNo as string
}

async function signOn(openid: string, ...days: string[]) {
  const replies = []
  for (const day of days) {
    await at(day)
    const reply = await checkin(openid)
    expect(reply).toMatchObject({ ok: true, data: { day } })
    replies.push(reply.data)
  }
  return replies
}

async function ledgerOf(memberId: string) {
  return (await t.db.collection('points_ledger').where({ memberId }).limit(1000).get()).data as { code: string; amount: number; requestId: string }[]
}

/** Everything a sign-in action may touch for one member: a refusal must leave it equal. */
async function footprint(memberId: string) {
  const all = async (coll: string, query: Record<string, unknown>) => (await t.db.collection(coll).where(query).limit(1000).get()).data
  return {
    days: await all('signins', { memberId }),
    state: await all('signin_states', { _id: memberId }),
    ledger: await all('points_ledger', { memberId }),
    account: await all('points_accounts', { _id: memberId }),
    growth: await all('growth_ledger', { memberId }),
    member: await all('members', { _id: memberId }),
    coupons: await all('coupons', { ownerId: memberId }),
  }
}

async function balanceMatchesLedger(memberId: string) {
  const sum = (await ledgerOf(memberId)).reduce((s, e) => s + e.amount, 0)
  const account = (await t.db.collection('points_accounts').where({ _id: memberId }).get()).data[0]
  expect(account?.balance ?? 0).toBe(sum)
  return sum
}

describe('business days are Asia/Shanghai days', () => {
  test('23:59:59.999 and 00:00:00.000 in Shanghai are two days: two sign-ins, a streak of 2', async () => {
    await joinOn('midnight', '2026-11-20')
    await at('2026-11-24T15:59:59.999Z')
    expect(await checkin('midnight')).toEqual({ ok: true, data: { day: '2026-11-24', streak: 1, cycleDay: 1, reward: { points: 5 } } })
    expect((await checkin('midnight')).data.day).toBe('2026-11-24') // same day again: same answer
    await at('2026-11-24T16:00:00.000Z')
    expect(await checkin('midnight')).toEqual({ ok: true, data: { day: '2026-11-25', streak: 2, cycleDay: 2, reward: { points: 5 } } })
    expect((await ledgerOf('midnight')).filter((e) => e.code === 'earn.signin').map((e) => e.requestId)).toEqual(['signin-2026-11-24', 'signin-2026-11-25'])
  })

  test('a streak runs across the end of a month', async () => {
    await joinOn('monthend', '2026-11-01')
    const replies = await signOn('monthend', '2026-11-29', '2026-11-30', '2026-12-01')
    expect(replies.map((r) => r.streak)).toEqual([1, 2, 3])
    const { data } = await status('monthend')
    expect(data).toMatchObject({ month: '2026-12', today: '2026-12-01', streak: 3, signedToday: true, banner: '已连续签到 3 天，明天签到可得 10 积分' })
    const november = (await status('monthend', '2026-11')).data
    expect(november.calendar).toHaveLength(30)
    expect(november.calendar.filter((d: any) => d.state === 'signed').map((d: any) => d.day)).toEqual(['2026-11-29', '2026-11-30'])
    expect(november.calendar.every((d: any) => !d.canMakeup)).toBe(true) // last month: no make-up
  })

  test('29 February 2028 is a day like any other', async () => {
    await joinOn('leap', '2028-02-01')
    const replies = await signOn('leap', '2028-02-28', '2028-02-29', '2028-03-01')
    expect(replies.map((r) => r.streak)).toEqual([1, 2, 3])
    const february = (await status('leap', '2028-02')).data
    expect(february.calendar).toHaveLength(29)
    expect(february.calendar.slice(-2).map((d: any) => [d.day, d.state])).toEqual([['2028-02-28', 'signed'], ['2028-02-29', 'signed']])
  })

  test('a missed day resets the streak', async () => {
    await joinOn('gappy', '2026-11-01')
    const replies = await signOn('gappy', '2026-11-02', '2026-11-03', '2026-11-05')
    expect(replies.map((r) => [r.streak, r.reward.points])).toEqual([[1, 5], [2, 5], [1, 5]])
  })
})

describe('the 7-day reward cycle', () => {
  const week = ['2026-11-01', '2026-11-02', '2026-11-03', '2026-11-04', '2026-11-05', '2026-11-06', '2026-11-07', '2026-11-08']

  test('pays 5, 5, 10, 10, 15, 15, 50 + a coupon on day 7, then starts again on day 8', async () => {
    await joinOn('weekly', '2026-10-31')
    const replies = await signOn('weekly', ...week)
    expect(replies.map((r) => [r.streak, r.cycleDay, r.reward.points])).toEqual([[1, 1, 5], [2, 2, 5], [3, 3, 10], [4, 4, 10], [5, 5, 15], [6, 6, 15], [7, 7, 50], [8, 1, 5]])
    expect(replies[6].reward).toEqual({ points: 50, couponTitle: '签到 5 元券' })
    expect(replies.filter((r) => r.reward.couponTitle)).toHaveLength(1)
    const coupons = (await t.db.collection('coupons').where({ ownerId: 'weekly' }).get()).data
    expect(coupons.map((c: any) => [c.templateId, c.status])).toEqual([['signin-gift', 'available']])
    expect(await balanceMatchesLedger('weekly')).toBe(115)
    const member = (await t.db.collection('members').doc('weekly').get()).data
    expect(member.growth).toBe(8) // one growth point per sign-in
  })

  test('status shows the cycle with the gift on day 7 and what the next sign-in earns', async () => {
    await at('2026-11-08T12:00:00.000Z')
    const { data } = await status('weekly')
    expect(data.cycle.days).toEqual([
      { day: 1, points: 5 }, { day: 2, points: 5 }, { day: 3, points: 10 }, { day: 4, points: 10 }, { day: 5, points: 15 }, { day: 6, points: 15 }, { day: 7, points: 50, couponTitle: '签到 5 元券' },
    ])
    expect(data).toMatchObject({ signedToday: true, streak: 8, total: 8, banner: '已连续签到 8 天，明天签到可得 5 积分', cycle: { next: 2 } })
  })

  test('a sold-out coupon does not stop the sign-in: points are paid and the member is told', async () => {
    await joinOn('unlucky', '2026-10-31')
    await t.db.collection('coupon_templates').doc('signin-gift').update({ data: { left: 0 } })
    try {
      const replies = await signOn('unlucky', ...week.slice(0, 7))
      expect(replies[6]).toEqual({ day: '2026-11-07', streak: 7, cycleDay: 7, reward: { points: 50, couponNote: '签到礼券已发完，本次仅发放积分' } })
      expect((await t.db.collection('coupons').where({ ownerId: 'unlucky' }).get()).data).toHaveLength(0)
      expect(await balanceMatchesLedger('unlucky')).toBe(110)
    } finally {
      await t.db.collection('coupon_templates').doc('signin-gift').update({ data: { left: 999 } })
    }
  })
})

describe('make-up sign-in (补签)', () => {
  // Joined 11-10; signed 12, 13, 15, 17, 18, 19; today is 11-20.
  beforeAll(async () => {
    for (const m of ['mender', 'poor']) await joinOn(m, '2026-11-10')
    await signOn('mender', '2026-11-12', '2026-11-13', '2026-11-15', '2026-11-17', '2026-11-18', '2026-11-19')
    await signOn('poor', '2026-11-12')
    await at('2026-11-20')
  })

  test('the calendar says which days can be made up, and the price', async () => {
    const { data } = await status('mender')
    const state = (day: string) => data.calendar.find((d: any) => d.day === day)
    expect(state('2026-11-09')).toMatchObject({ state: 'before-join', canMakeup: false })
    // Two make-ups left: only the two missed days nearest today (16th, 14th) can rebuild the streak.
    expect(state('2026-11-11')).toMatchObject({ state: 'missed', canMakeup: false })
    expect(state('2026-11-14')).toMatchObject({ state: 'missed', canMakeup: true })
    // Making up the 16th joins 15–19: streak 5, today is cycle day 6.
    expect(state('2026-11-16')).toMatchObject({ state: 'missed', canMakeup: true, makeup: { streak: 5, nextCycleDay: 6 } })
    expect(data.calendar.filter((d: any) => d.canMakeup)).toHaveLength(2)
    expect(state('2026-11-12')).toMatchObject({ state: 'signed', canMakeup: false })
    expect(state('2026-11-20')).toMatchObject({ state: 'today', isToday: true, canMakeup: false })
    expect(state('2026-11-21')).toMatchObject({ state: 'future', canMakeup: false })
    expect(data).toMatchObject({ streak: 3, makeupsLeft: 2, makeupCost: 20, points: 35, banner: '已连续签到 3 天，今天签到可得 10 积分' })
  })

  test.each([
    ['today', '2026-11-20', 'SIGNIN.MAKEUP_TODAY'],
    ['a future day', '2026-11-21', 'SIGNIN.MAKEUP_FUTURE'],
    ['a day before joining', '2026-11-09', 'SIGNIN.MAKEUP_BEFORE_JOIN'],
    ['a day of last month', '2026-10-30', 'SIGNIN.MAKEUP_OTHER_MONTH'],
    ['a signed day', '2026-11-12', 'SIGNIN.MAKEUP_ALREADY_SIGNED'],
    ['a day too far back for the make-ups left', '2026-11-11', 'SIGNIN.MAKEUP_TOO_FAR'],
    ['a day that does not exist', '2026-11-31', 'SIGNIN.INVALID_DAY'],
    ['not a day at all', '11/14', 'COMMON.INVALID_INPUT'],
  ])('refuses %s with a clear code and changes nothing', async (_name, day, code) => {
    const before = await footprint('mender')
    const reply = await makeup('mender', day)
    expect(reply).toMatchObject({ ok: false, code })
    expect(reply.message).toMatch(/[\u4e00-\u9fa5]/)
    expect(await footprint('mender')).toEqual(before)
  })

  test('without enough points: POINTS.INSUFFICIENT and nothing changed', async () => {
    const before = await footprint('poor')
    expect(await makeup('poor', '2026-11-19')).toMatchObject({ ok: false, code: 'POINTS.INSUFFICIENT', message: '积分不足' })
    expect(await footprint('poor')).toEqual(before)
  })

  test('fills the gap for 20 points: the streak continues as if signed, no reward for the day', async () => {
    const requestId = rid('mk')
    const reply = await signin('mender', 'makeup', { requestId, day: '2026-11-16' })
    expect(reply).toEqual({ ok: true, data: { day: '2026-11-16', streak: 5, costPoints: 20, makeupsLeft: 1 } })
    // A double tap (same requestId) gets the same answer and pays once.
    expect(await signin('mender', 'makeup', { requestId, day: '2026-11-16' })).toEqual(reply)
    const spent = (await ledgerOf('mender')).filter((e) => e.code === 'spend.makeup')
    expect(spent.map((e) => e.amount)).toEqual([-20])
    expect(await balanceMatchesLedger('mender')).toBe(35 - 20)
    const { data } = await status('mender')
    expect(data.calendar.find((d: any) => d.day === '2026-11-16')).toMatchObject({ state: 'makeup', canMakeup: false })
    expect(data).toMatchObject({ streak: 5, total: 7, makeupsLeft: 1, banner: '已连续签到 5 天，今天签到可得 15 积分' })
    // Today's sign-in follows the cycle from the restored streak.
    expect((await checkin('mender')).data).toMatchObject({ streak: 6, cycleDay: 6, reward: { points: 15 } })
  })

  test('the second make-up joins older runs; the third in a month is refused', async () => {
    expect((await makeup('mender', '2026-11-14')).data).toEqual({ day: '2026-11-14', streak: 9, costPoints: 20, makeupsLeft: 0 })
    const before = await footprint('mender')
    expect(await makeup('mender', '2026-11-11')).toMatchObject({ ok: false, code: 'SIGNIN.MAKEUP_LIMIT', message: '本月补签次数已用完' })
    expect(await footprint('mender')).toEqual(before)
    expect((await status('mender')).data.calendar.some((d: any) => d.canMakeup)).toBe(false)
    await balanceMatchesLedger('mender')
  })

  test('the limit is per month: next month the member may make up again', async () => {
    await signOn('mender', '2026-12-01', '2026-12-02')
    await at('2026-12-04')
    expect((await makeup('mender', '2026-12-03')).data).toEqual({ day: '2026-12-03', streak: 3, costPoints: 20, makeupsLeft: 1 })
    expect(await balanceMatchesLedger('mender')).toBe(0)
  })
})

describe('who may sign in', () => {
  test('a visitor who has not joined is asked to join, and nothing is written', async () => {
    await at('2026-11-20')
    for (const [action, payload] of [['status', {}], ['checkin', { requestId: rid() }], ['makeup', { requestId: rid(), day: '2026-11-19' }], ['reminder', { requestId: rid(), on: true }]] as const) {
      expect(await signin('stranger', action, payload)).toMatchObject({ ok: false, code: 'COMMON.NOT_MEMBER' })
    }
    expect(await footprint('stranger')).toEqual({ days: [], state: [], ledger: [], account: [], growth: [], member: [], coupons: [] })
  })

  test('a bad month is refused', async () => {
    for (const month of ['2026-13', '2026-1', '202611', '../x', '0001-01']) expect(await status('gappy', month)).toMatchObject({ ok: false, code: 'COMMON.INVALID_INPUT' })
  })
})
