import { makeup, makeupPreview } from '@/domain/signin'

const base = {
  today: '2026-03-10',
  joinedDay: '2026-03-02',
  signedDays: ['2026-03-05', '2026-03-06', '2026-03-08', '2026-03-09'],
  makeupsThisMonth: 0,
}

describe('makeup restores the streak without a reward', () => {
  test.each([
    // today not signed: streak as of yesterday (2026-03-09)
    ['fills the gap', {}, '2026-03-07', 5, '2026-03-09'],
    ['today signed: streak as of today', { signedDays: [...base.signedDays, '2026-03-10'] }, '2026-03-07', 6, '2026-03-10'],
    ['the second-nearest missed day (one make-up left for the 7th)', {}, '2026-03-04', 2, '2026-03-09'],
    ['yesterday missed', { signedDays: ['2026-03-07', '2026-03-08'] }, '2026-03-09', 3, '2026-03-09'],
    ['joined that very day', { joinedDay: '2026-03-07' }, '2026-03-07', 5, '2026-03-09'],
    ['last allowed make-up', { makeupsThisMonth: 1 }, '2026-03-07', 5, '2026-03-09'],
    ['29 February', { today: '2028-02-29', joinedDay: '2028-01-01', signedDays: ['2028-02-27'] }, '2028-02-28', 2, '2028-02-28'],
  ])('%s', (_name, over, day, streak, streakAsOf) => {
    expect(makeup({ ...base, ...over, day })).toEqual({ ok: true, value: { day, costPoints: 20, streak, streakAsOf } })
  })

  test.each([
    ['2026-03-10', {}, 'SIGNIN.MAKEUP_TODAY'],
    ['2026-03-11', {}, 'SIGNIN.MAKEUP_FUTURE'],
    ['2027-01-01', {}, 'SIGNIN.MAKEUP_FUTURE'],
    ['2026-02-28', { joinedDay: '2026-01-01' }, 'SIGNIN.MAKEUP_OTHER_MONTH'],
    ['2026-02-28', {}, 'SIGNIN.MAKEUP_OTHER_MONTH'],
    ['2025-03-09', { joinedDay: '2025-01-01' }, 'SIGNIN.MAKEUP_OTHER_MONTH'], // same month, other year
    ['2026-03-01', {}, 'SIGNIN.MAKEUP_BEFORE_JOIN'],
    ['2026-03-08', {}, 'SIGNIN.MAKEUP_ALREADY_SIGNED'],
    ['2026-03-07', { makeupsThisMonth: 2 }, 'SIGNIN.MAKEUP_LIMIT'],
    // Too far back to reconnect the streak with the make-ups left: points for nothing.
    ['2026-03-03', {}, 'SIGNIN.MAKEUP_TOO_FAR'],
    ['2026-03-04', { makeupsThisMonth: 1 }, 'SIGNIN.MAKEUP_TOO_FAR'],
    ['2026-03-04', { signedDays: [...base.signedDays, '2026-03-10'], makeupsThisMonth: 1 }, 'SIGNIN.MAKEUP_TOO_FAR'],
    ['2026-03-07', { makeupsThisMonth: 1, config: { maxPerMonth: 1, costPoints: 20 } }, 'SIGNIN.MAKEUP_LIMIT'],
    ['2026-03-07', { makeupsThisMonth: 0, config: { maxPerMonth: 0, costPoints: 20 } }, 'SIGNIN.MAKEUP_LIMIT'],
    ['2026-02-30', {}, 'SIGNIN.INVALID_DAY'],
    ['2026-03-07', { today: 'today' }, 'SIGNIN.INVALID_DAY'],
  ])('day %s with %j → %s', (day, over, code) => {
    const r = makeup({ ...base, ...over, day })
    expect(r).toMatchObject({ ok: false, code })
    if (!r.ok) expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
  })

  test('on the 1st of a month nothing can be made up (yesterday is last month)', () => {
    expect(makeup({ ...base, today: '2026-04-01', day: '2026-03-31' })).toMatchObject({ code: 'SIGNIN.MAKEUP_OTHER_MONTH' })
  })

  test('the cost comes from config', () => {
    const r = makeup({ ...base, day: '2026-03-07', config: { maxPerMonth: 5, costPoints: 50 } })
    expect(r.ok && r.value.costPoints).toBe(50)
  })

  test.each([-1, 1.5, NaN])('a bad count %p is a bug', (n) => {
    expect(() => makeup({ ...base, day: '2026-03-07', makeupsThisMonth: n })).toThrow(RangeError)
  })
})

describe('makeupPreview: the next sign-in after a make-up', () => {
  // Signed 1–3 and 5–7 (today); the 4th missed: streak 3, tomorrow is cycle day 4.
  const signedDays = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-05', '2026-03-06', '2026-03-07']
  test('filling the gap joins the runs: streak 7, tomorrow is day 8 = cycle day 1', () => {
    expect(makeupPreview({ today: '2026-03-07', day: '2026-03-04', signedDays })).toMatchObject({ streak: 7, cycleDay: 1, reward: { points: 5 } })
  })
  test('before today is signed, the next sign-in is today', () => {
    expect(makeupPreview({ today: '2026-03-08', day: '2026-03-04', signedDays })).toMatchObject({ signedToday: false, streak: 7, cycleDay: 1 })
  })
})
