import { cronMatches } from '../../local-cloud/cron'

test.each([
  ['0 1 16 * * * *', '2026-11-25T16:01:00.000Z', true],
  ['0 1 16 * * * *', '2026-11-25T16:01:01.000Z', false],
  ['0 */1 * * * * *', '2026-11-25T03:17:00.000Z', true],
  ['0 */15 * * * * *', '2026-11-25T03:30:00.000Z', true],
  ['0 */15 * * * * *', '2026-11-25T03:31:00.000Z', false],
  ['0 0 19 31 12 * *', '2026-12-31T19:00:00.000Z', true],
  ['0 0 19 31 12 * *', '2026-12-30T19:00:00.000Z', false],
  ['0 0 2 * * 1-5 *', '2026-11-25T02:00:00.000Z', true], // a Wednesday
  ['0 0 2 * * 1-5 *', '2026-11-29T02:00:00.000Z', false], // a Sunday
  ['0 0 2 * * 7 *', '2026-11-29T02:00:00.000Z', true], // 7 is Sunday too
  ['0 0 2 * * 0,6 *', '2026-11-28T02:00:00.000Z', true],
  ['0 0 12 * * * 2027', '2026-11-25T12:00:00.000Z', false],
])('%s at %s → %s', (cron, at, expected) => {
  expect(cronMatches(cron, new Date(at))).toBe(expected)
})

test('a malformed expression is refused', () => {
  expect(() => cronMatches('0 1 16 * *', new Date())).toThrow(/7 fields/)
  expect(() => cronMatches('0 */0 * * * * *', new Date())).toThrow(/step/)
})
