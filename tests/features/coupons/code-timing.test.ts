import { groupDigits, placeCode, secondsLeft } from '@/features/coupons/hooks/code-timing'

const reply = (issuedAt: number, ttl = 60_000) => ({ code: 'C1.x', tillCode: '10000000000112345678', expiresAt: new Date(issuedAt + ttl).toISOString(), refreshAfterMs: 30_000 })

describe('placeCode', () => {
  test.each([
    ['same clocks', 0],
    ['server three days ahead (dev clock)', 3 * 86_400_000],
    ['phone ten minutes fast', -600_000],
  ])('%s: the code lives a full TTL on the phone clock', (_name, skew) => {
    const receivedAt = 1_800_000_000_000
    const placed = placeCode(reply(receivedAt + skew), receivedAt, 60_000)
    expect(placed).toEqual({ text: 'C1.x', digits: '10000000000112345678', expiresAt: receivedAt + 60_000, refreshAt: receivedAt + 30_000 })
  })
})

describe('secondsLeft', () => {
  test.each([
    [60_000, 0, 60],
    [60_000, 1, 60],
    [60_000, 59_001, 1],
    [60_000, 60_000, 0],
    [60_000, 90_000, 0],
  ])('target %i at %i → %i s', (target, now, expected) => {
    expect(secondsLeft(target, now)).toBe(expected)
  })
})

test('the numeric code reads in groups of four', () => {
  expect(groupDigits('10000000000112345678')).toBe('1000 0000 0001 1234 5678')
})
