/**
 * When a member code needs refreshing and when it stops working, on the phone's clock.
 * The server's times only give durations (a phone's clock may be off by minutes), so the
 * targets are anchored at the moment the code arrived; each tick computes target − now.
 */
export interface IssuedCode {
  issuedAt: string
  expiresAt: string
  refreshAfterMs: number
  /** Date.now() on the phone when the reply arrived. */
  receivedAt: number
}

export interface CodeTiming {
  /** Milliseconds until a fresh code should be fetched (0 when due). */
  refreshInMs: number
  /** Whole seconds shown in the countdown: 30 … 1, then 0 when due. */
  secondsLeft: number
  /** Share of the refresh period still left, 1 → 0, for the progress ring/bar. */
  fraction: number
  /** The till would refuse it: never show an expired code as if it worked. */
  expired: boolean
}

export function codeTargets(code: IssuedCode): { refreshAt: number; expiresAt: number } {
  const lifetime = Math.max(0, Date.parse(code.expiresAt) - Date.parse(code.issuedAt))
  return { refreshAt: code.receivedAt + code.refreshAfterMs, expiresAt: code.receivedAt + lifetime }
}

export function codeTiming(code: IssuedCode, now: number): CodeTiming {
  const { refreshAt, expiresAt } = codeTargets(code)
  const refreshInMs = Math.max(0, refreshAt - now)
  const period = code.refreshAfterMs > 0 ? code.refreshAfterMs : 1
  return {
    refreshInMs,
    secondsLeft: Math.ceil(refreshInMs / 1000),
    fraction: Math.min(1, refreshInMs / period),
    expired: now >= expiresAt,
  }
}
