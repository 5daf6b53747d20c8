import { checkInvite, checkReversal, INVITE_TTL_MS } from '@/domain/staff'

const made = new Date('2026-11-25T02:00:00.000Z')
const invite = (usedBy: string | null = null) => ({ storeId: 'a', role: 'staff' as const, expiresAt: new Date(made.getTime() + INVITE_TTL_MS), usedBy })
const at = (ms: number) => new Date(made.getTime() + ms)

test.each([
  ['unknown', null, 'me', at(0), 'STAFF.INVITE_INVALID'],
  ['fresh', invite(), 'me', at(0), null],
  ['at exactly 24 h', invite(), 'me', at(INVITE_TTL_MS), null],
  ['1 ms after 24 h', invite(), 'me', at(INVITE_TTL_MS + 1), 'STAFF.INVITE_EXPIRED'],
  ['used by someone else', invite('other'), 'me', at(0), 'STAFF.INVITE_USED'],
  ['used by me (a retry), even after expiry', invite('me'), 'me', at(INVITE_TTL_MS * 2), null],
])('an invite %s', (_name, inv, openid, now, code) => {
  const result = checkInvite(inv, openid, now)
  expect(result.ok ? null : result.code).toBe(code)
})

test.each([
  ['just made', 0, 10, null],
  ['at 24 h', 24 * 3600_000, 10, null],
  ['1 ms after 24 h', 24 * 3600_000 + 1, 10, 'STAFF.REVERSAL_TOO_LATE'],
  ['with no points', 0, 0, 'STAFF.NOTHING_TO_REVERSE'],
])('a reversal %s', (_name, ms, points, code) => {
  const result = checkReversal({ at: made, points }, at(ms))
  expect(result.ok ? null : result.code).toBe(code)
})
