import { couponValidity } from '@/domain/coupons'
import { at } from './fixtures'

describe('couponValidity: N days counting the claim day as day 1, ending 23:59:59.999 Shanghai', () => {
  test.each([
    // claimedAt (UTC), days, validTo (UTC)
    ['Tue 10:00 Shanghai, 1 day ends that night', '2026-11-24T02:00:00.000Z', 1, '2026-11-24T15:59:59.999Z'],
    ['Mon 22:00 Shanghai, 3 days end Wed night', '2026-11-23T14:00:00.000Z', 3, '2026-11-25T15:59:59.999Z'],
    ['00:30 Shanghai is already the next business day', '2026-11-23T16:30:00.000Z', 1, '2026-11-24T15:59:59.999Z'],
    ['23:59:59.999 Shanghai is still the same day', '2026-11-23T15:59:59.999Z', 1, '2026-11-23T15:59:59.999Z'],
    ['crosses the year', '2026-12-30T04:00:00.000Z', 3, '2027-01-01T15:59:59.999Z'],
    ['crosses a leap day', '2028-02-28T04:00:00.000Z', 2, '2028-02-29T15:59:59.999Z'],
    ['30 days', '2026-11-01T04:00:00.000Z', 30, '2026-11-30T15:59:59.999Z'],
    ['0 days is read as 1', '2026-11-24T02:00:00.000Z', 0, '2026-11-24T15:59:59.999Z'],
  ])('%s', (_name, claimed, days, validTo) => {
    const v = couponValidity({ validity: { kind: 'days', days } }, at(claimed))
    expect(v.validFrom.toISOString()).toBe(claimed)
    expect(v.validTo.toISOString()).toBe(validTo)
  })

  test('fixed validity is the template period whenever claimed', () => {
    const from = at('2026-11-10T16:00:00.000Z')
    const to = at('2026-11-11T15:59:59.999Z')
    expect(couponValidity({ validity: { kind: 'fixed', from, to } }, at('2026-11-01T00:00:00Z'))).toEqual({ validFrom: from, validTo: to })
  })
})
