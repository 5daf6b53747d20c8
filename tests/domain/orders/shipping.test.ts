import { AUTO_COMPLETE_DAYS, autoCompleteAt, expressName } from '@/domain/orders'

describe('delivery orders complete by themselves', () => {
  test.each([
    ['2026-12-01T00:00:00.000Z', '2026-12-11T00:00:00.000Z'],
    // Across a month and a year end; plain elapsed time, whatever the host timezone.
    ['2026-12-25T15:59:59.999Z', '2027-01-04T15:59:59.999Z'],
  ])('shipped %s → %s', (shipped, due) => {
    expect(AUTO_COMPLETE_DAYS).toBe(10)
    expect(autoCompleteAt(new Date(shipped)).toISOString()).toBe(due)
  })
  test('delivery company names by WeChat id; an unknown id shows as itself', () => {
    expect(expressName('SF')).toBe('顺丰速运')
    expect(expressName('XYZ')).toBe('XYZ')
  })
})
