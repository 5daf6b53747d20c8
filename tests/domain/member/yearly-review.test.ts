import { reviewWindowStart, yearlyReview } from '@/domain/member'

const e = (amount: number, at: string) => ({ amount, at: new Date(at) })

describe('reviewWindowStart: the day after the same date last year', () => {
  test.each([
    ['2027-06-15', '2026-06-16'],
    ['2027-01-01', '2026-01-02'],
    ['2027-12-31', '2027-01-01'],
    ['2028-02-29', '2027-03-01'], // no 29 Feb in 2027
    ['2028-02-28', '2027-03-01'],
    ['2029-03-01', '2028-03-02'],
    ['2029-02-28', '2028-02-29'],
  ])('%s → %s', (today, start) => expect(reviewWindowStart(today)).toBe(start))
})

describe('yearlyReview', () => {
  // now = 2027-06-15 10:00 Shanghai → window from 2026-06-16 00:00 Shanghai = 2026-06-15T16:00Z
  const now = new Date('2027-06-15T02:00:00Z')

  test.each([
    ['nothing', [], 0, 'normal'],
    ['just inside the start', [e(1000, '2026-06-15T16:00:00.000Z')], 1000, 'silver'],
    ['just before the start', [e(1000, '2026-06-15T15:59:59.999Z')], 0, 'normal'],
    ['exactly now counts', [e(5000, '2027-06-15T02:00:00.000Z')], 5000, 'gold'],
    ['after now does not', [e(5000, '2027-06-15T02:00:00.001Z')], 0, 'normal'],
    ['refunds subtract', [e(6000, '2026-09-01T00:00:00Z'), e(-1500, '2026-10-01T00:00:00Z')], 4500, 'silver'],
    ['never below zero', [e(-500, '2026-10-01T00:00:00Z')], 0, 'normal'],
    ['sums many', Array.from({ length: 365 }, (_, i) => e(60, new Date(Date.UTC(2026, 5, 16 + i)).toISOString())), 21_900, 'black'],
    ['non-finite amounts are ignored', [e(NaN, '2026-10-01T00:00:00Z'), e(1000, '2026-10-01T00:00:00Z')], 1000, 'silver'],
  ])('%s', (_name, entries, growth, code) => {
    const r = yearlyReview(entries, now)
    expect(r.growth).toBe(growth)
    expect(r.tier.code).toBe(code)
    expect(r.windowStart.toISOString()).toBe('2026-06-15T16:00:00.000Z')
    expect(r.windowEnd).toBe(now)
  })

  test('now just after Shanghai midnight moves the window a day', () => {
    const entries = [e(1000, '2026-06-16T10:00:00Z')] // 2026-06-16 Shanghai
    expect(yearlyReview(entries, new Date('2027-06-15T15:59:59.999Z')).growth).toBe(1000) // 2027-06-15 23:59:59.999 Shanghai
    expect(yearlyReview(entries, new Date('2027-06-15T16:00:00.000Z')).growth).toBe(0) // 2027-06-16 00:00: window starts 2026-06-17
  })
})
