import { isBirthday } from '@/domain/member'

test.each([
  ['1990-11-25', '2026-11-25', true],
  ['1990-11-25', '2026-11-24', false],
  ['1992-02-29', '2028-02-29', true],
  ['1992-02-29', '2028-02-28', false],
  ['1992-02-29', '2027-02-28', true],
  ['1992-02-28', '2027-02-28', true],
  ['1992-03-01', '2027-02-28', false],
])('born %s, today %s → %s', (birthday, today, expected) => {
  expect(isBirthday(birthday, today)).toBe(expected)
})
