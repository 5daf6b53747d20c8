import { addDays, businessDay, daysBetween, daysOfMonth, endOfDay, endOfYear, isBusinessDay, monthRange, startOfDay, startOfWeek, weekday, formatDateTime } from '@/domain/time'

describe('businessDay rolls over at Shanghai midnight, not UTC midnight', () => {
  test.each([
    ['2026-11-24T15:59:59.999Z', '2026-11-24'],
    ['2026-11-24T16:00:00.000Z', '2026-11-25'],
    ['2026-11-25T00:00:00.000Z', '2026-11-25'],
    ['2026-12-31T16:00:00.000Z', '2027-01-01'],
    ['2028-02-28T16:00:00.000Z', '2028-02-29'],
  ])('%s is %s', (iso, day) => expect(businessDay(iso)).toBe(day))
})

test('start and end of a business day are 16:00Z the day before and 15:59:59.999Z', () => {
  expect(startOfDay('2026-11-25').toISOString()).toBe('2026-11-24T16:00:00.000Z')
  expect(endOfDay('2026-11-25').toISOString()).toBe('2026-11-25T15:59:59.999Z')
})

test('day arithmetic crosses months, years and leap days', () => {
  expect(addDays('2028-02-28', 1)).toBe('2028-02-29')
  expect(addDays('2027-02-28', 1)).toBe('2027-03-01')
  expect(addDays('2026-12-31', 1)).toBe('2027-01-01')
  expect(addDays('2026-03-01', -1)).toBe('2026-02-28')
  expect(daysBetween('2026-12-30', '2027-01-02')).toBe(3)
})

test('weekdays are ISO and weeks start on Monday', () => {
  expect(weekday('2026-11-24')).toBe(2) // a Tuesday: member day in the demo
  expect(weekday('2026-11-29')).toBe(7)
  expect(startOfWeek('2026-11-29')).toBe('2026-11-23')
})

test('month ranges know February', () => {
  expect(monthRange('2028-02')).toEqual({ first: '2028-02-01', last: '2028-02-29' })
  expect(daysOfMonth('2026-02')).toHaveLength(28)
  expect(daysOfMonth('2026-12').at(-1)).toBe('2026-12-31')
})

test('isBusinessDay rejects impossible dates and other formats', () => {
  expect(isBusinessDay('2026-02-29')).toBe(false)
  expect(isBusinessDay('2028-02-29')).toBe(true)
  expect(isBusinessDay('2026-1-5')).toBe(false)
  expect(isBusinessDay('2026-11-25T00:00')).toBe(false)
})

test('end of the next calendar year is taken in Shanghai', () => {
  // 2026-12-31T17:00Z is already 2027-01-01 in Shanghai.
  expect(endOfYear('2026-12-31T17:00:00Z', 1).toISOString()).toBe('2028-12-31T15:59:59.999Z')
  expect(endOfYear('2026-06-01T00:00:00Z', 1).toISOString()).toBe('2027-12-31T15:59:59.999Z')
})

test('formatting uses the Shanghai wall clock', () => {
  expect(formatDateTime('2026-11-25T02:00:00Z')).toBe('2026-11-25 10:00')
})
