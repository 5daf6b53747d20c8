import { countdownText } from '@/features/groupbuy/model/when'

test.each([
  [0, '已截团'],
  [-5000, '已截团'],
  [1, '00:00:01'], // rounded up: 0 shows only at the deadline
  [59_999, '00:01:00'],
  [3_600_000, '01:00:00'],
  [86_400_000 - 1000, '23:59:59'],
  [86_400_000, '1天 00:00:00'],
  [2 * 86_400_000 + 3_723_000, '2天 01:02:03'],
])('%i ms → %s', (ms, text) => {
  expect(countdownText(ms)).toBe(text)
})
