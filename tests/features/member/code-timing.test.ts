import { codeTargets, codeTiming, type IssuedCode } from '@/features/member/logic/code-timing'

// The server's clock is 10 minutes behind the phone's: only durations are used.
const code: IssuedCode = {
  issuedAt: '2026-03-01T02:00:00.000Z',
  expiresAt: '2026-03-01T02:01:00.000Z',
  refreshAfterMs: 30_000,
  receivedAt: Date.parse('2026-03-01T02:10:00.000Z'),
}
const at = (ms: number) => code.receivedAt + ms

describe('member code timing', () => {
  test('targets are anchored at arrival: refresh after 30 s, expiry after the 60 s lifetime', () => {
    expect(codeTargets(code)).toEqual({ refreshAt: at(30_000), expiresAt: at(60_000) })
  })

  test.each([
    [0, 30, 1, false],
    [1, 30, 29_999 / 30_000, false],
    [999, 30, 29_001 / 30_000, false],
    [1_000, 29, 29_000 / 30_000, false],
    [29_001, 1, 999 / 30_000, false],
    [30_000, 0, 0, false],
    [45_000, 0, 0, false],
    [59_999, 0, 0, false],
    [60_000, 0, 0, true],
  ])('%d ms after arrival: %d s left', (elapsed, seconds, fraction, expired) => {
    const t = codeTiming(code, at(elapsed))
    expect(t.secondsLeft).toBe(seconds)
    expect(t.fraction).toBeCloseTo(fraction, 10)
    expect(t.expired).toBe(expired)
    expect(t.refreshInMs).toBe(Math.max(0, 30_000 - elapsed))
  })

  test('a clock that jumps back keeps the ring full, never past it', () => {
    expect(codeTiming(code, at(-5_000))).toMatchObject({ secondsLeft: 35, fraction: 1 })
  })

  test('a malformed period does not divide by zero', () => {
    expect(codeTiming({ ...code, refreshAfterMs: 0 }, at(1)).fraction).toBe(0)
  })
})
