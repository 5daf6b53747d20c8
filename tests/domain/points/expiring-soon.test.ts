import { expiringSoon, formatExpiringSoon, formatPoints } from '@/domain/points'
import { END_2026, END_2027, lot } from './lots.fixture'

const lots = [
  lot('a', '2025-03-01T00:00:00Z', END_2026, 300, 100),
  lot('b', '2025-09-01T00:00:00Z', END_2026, 200),
  lot('c', '2026-03-01T00:00:00Z', END_2027, 80),
  lot('d', '2026-11-01T00:00:00Z', '2026-12-10T15:59:59.999Z', 40),
  lot('e', '2025-11-01T00:00:00Z', END_2026, 999, 0),
]

describe('expiringSoon groups by the business day of expiry', () => {
  test('within 30 days of 2026-12-05', () => {
    expect(expiringSoon(lots, new Date('2026-12-05T02:00:00Z'), 30)).toEqual([
      { day: '2026-12-10', expiresAt: new Date('2026-12-10T15:59:59.999Z'), amount: 40 },
      { day: '2026-12-31', expiresAt: new Date(END_2026), amount: 300 },
    ])
  })

  test.each([
    // 2026-12-01 Shanghai + 30 days = end of 2026-12-31: includes New Year's Eve
    ['2026-11-30T16:00:00.000Z', 30, [40, 300]],
    // 2026-11-30 23:59:59.999 Shanghai + 30 days = end of 2026-12-30: excludes it
    ['2026-11-30T15:59:59.999Z', 30, [40]],
    ['2026-12-10T15:59:59.999Z', 0, [40]], // the last millisecond of d
    ['2026-12-10T16:00:00.000Z', 0, []], // d expired, a/b not today
    ['2026-12-31T15:59:59.999Z', 0, [300]],
    ['2027-01-01T00:00:00.000Z', 400, [80]],
  ])('now %s within %i days → %j', (now, days, amounts) => {
    expect(expiringSoon(lots, new Date(now), days).map((g) => g.amount)).toEqual(amounts)
  })

  test.each([-1, 1.5, NaN])('withinDays %p throws', (days) => {
    expect(() => expiringSoon(lots, new Date('2026-12-05T02:00:00Z'), days)).toThrow(RangeError)
  })
})

describe('formatters', () => {
  test.each([
    [{ amount: 300, expiresAt: new Date(END_2027) }, '300 积分将于 2027-12-31 过期'],
    [{ amount: 1234567, expiresAt: new Date('2028-02-29T15:59:59.999Z') }, '1,234,567 积分将于 2028-02-29 过期'],
  ])('%j → %s', (group, text) => expect(formatExpiringSoon(group)).toBe(text))

  test.each([
    [0, '0'], [999, '999'], [1000, '1,000'], [1234, '1,234'], [-1234567, '-1,234,567'], [1e12, '1,000,000,000,000'],
  ])('formatPoints(%p) = %s', (n, s) => expect(formatPoints(n)).toBe(s))
})
