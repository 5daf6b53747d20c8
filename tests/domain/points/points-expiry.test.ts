import { pointsExpiry } from '@/domain/points'

const iso = (d: Date) => d.toISOString()

describe('default rule: end of the next calendar year, Shanghai', () => {
  test.each([
    ['2026-06-01T02:00:00.000Z', '2027-12-31T15:59:59.999Z'],
    // 2026-12-31 23:59:59.999 Shanghai is still 2026 → end of 2027
    ['2026-12-31T15:59:59.999Z', '2027-12-31T15:59:59.999Z'],
    // 2027-01-01 00:00 Shanghai (still 2026 in UTC) → end of 2028
    ['2026-12-31T16:00:00.000Z', '2028-12-31T15:59:59.999Z'],
    ['2028-02-29T04:00:00.000Z', '2029-12-31T15:59:59.999Z'],
  ])('earned %s expires %s', (earned, expires) => {
    expect(iso(pointsExpiry(new Date(earned)))).toBe(expires)
    expect(iso(pointsExpiry(new Date(earned), { kind: 'end-of-next-year' }))).toBe(expires)
  })
})

describe('days rule: end of the Nth business day after earning', () => {
  test.each([
    ['2026-06-01T02:00:00.000Z', 30, '2026-07-01T15:59:59.999Z'],
    ['2026-01-31T15:59:59.999Z', 1, '2026-02-01T15:59:59.999Z'],
    ['2026-01-31T16:00:00.000Z', 1, '2026-02-02T15:59:59.999Z'],
    ['2028-02-28T05:00:00.000Z', 1, '2028-02-29T15:59:59.999Z'],
    ['2027-02-28T05:00:00.000Z', 1, '2027-03-01T15:59:59.999Z'],
    ['2026-12-31T10:00:00.000Z', 365, '2027-12-31T15:59:59.999Z'],
  ])('earned %s + %i days → %s', (earned, days, expires) => {
    expect(iso(pointsExpiry(new Date(earned), { kind: 'days', days }))).toBe(expires)
  })

  test.each([0, -1, 1.5, NaN, 100_000])('days %p is a config error', (days) => {
    expect(() => pointsExpiry(new Date('2026-06-01T00:00:00Z'), { kind: 'days', days })).toThrow(RangeError)
  })

  test('unknown rule kinds and invalid dates throw', () => {
    expect(() => pointsExpiry(new Date('2026-06-01T00:00:00Z'), { kind: 'never' } as never)).toThrow(RangeError)
    expect(() => pointsExpiry(new Date('nope'))).toThrow(RangeError)
  })
})
