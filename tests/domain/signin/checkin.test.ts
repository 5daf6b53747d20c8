import { businessDay } from '@/domain/time'
import { checkin } from '@/domain/signin'

describe('checkin', () => {
  test.each([
    ['first ever', '2026-03-10', [], 1, 1, 5],
    ['continues yesterday', '2026-03-10', ['2026-03-08', '2026-03-09'], 3, 3, 10],
    ['after a gap starts again', '2026-03-10', ['2026-03-07', '2026-03-08'], 1, 1, 5],
    ['day 7 of the cycle', '2026-03-07', ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06'], 7, 7, 50],
    ['day 8 restarts the cycle', '2026-03-08', ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07'], 8, 1, 5],
    ['across 29 February', '2028-03-01', ['2028-02-28', '2028-02-29'], 3, 3, 10],
    ['across a year end', '2027-01-01', ['2026-12-31'], 2, 2, 5],
  ])('%s', (_name, today, signed, streak, cycleDay, points) => {
    expect(checkin({ today, signedDays: signed })).toEqual({ ok: true, value: { day: today, streak, cycleDay, reward: { points } } })
  })

  test('twice on the same business day: SIGNIN.ALREADY', () => {
    expect(checkin({ today: '2026-03-10', signedDays: new Set(['2026-03-10']) })).toEqual({ ok: false, code: 'SIGNIN.ALREADY', message: '今天已签到' })
  })

  test.each([
    // 23:59:59.999 and 00:00 Shanghai: two different sign-in days
    ['2026-03-09T15:59:59.999Z', '2026-03-09', 'SIGNIN.ALREADY'],
    ['2026-03-09T16:00:00.000Z', '2026-03-10', null],
  ])('a sign-in at %s is on %s', (at, day, code) => {
    const today = businessDay(at)
    expect(today).toBe(day)
    const r = checkin({ today, signedDays: ['2026-03-09'] })
    expect(r.ok ? null : r.code).toBe(code)
  })

  test('coupon day from config', () => {
    const config = { cycle: [5, 5, 10, 10, 15, 15, 50], couponOnDay: { day: 7, templateId: 'tpl-week' } }
    const signed = ['2026-03-01', '2026-03-02', '2026-03-03', '2026-03-04', '2026-03-05', '2026-03-06']
    const r = checkin({ today: '2026-03-07', signedDays: signed, config })
    expect(r.ok && r.value.reward).toEqual({ points: 50, couponTemplateId: 'tpl-week' })
  })

  test.each(['2026-02-29', '', '2026/03/10'])('invalid today %p → SIGNIN.INVALID_DAY', (today) => {
    expect(checkin({ today, signedDays: [] })).toMatchObject({ ok: false, code: 'SIGNIN.INVALID_DAY' })
  })
})
