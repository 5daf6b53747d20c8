/**
 * Countdowns on the server's clock. A reply carries the server's `now`; the phone's clock may
 * be wrong (or the local cloud's dev clock moved), so a deadline is placed on this device's
 * clock by the skew between the two at the moment the reply arrived.
 */
export interface ServerClock {
  /** serverNow − deviceNow when the reply arrived, in ms. */
  skewMs: number
}

export const serverClock = (serverNow: string, receivedAt: number): ServerClock => {
  const at = Date.parse(serverNow)
  return { skewMs: Number.isFinite(at) ? at - receivedAt : 0 }
}

/** Milliseconds left until `deadline` (server time), never negative. */
export const msLeft = (deadline: string, clock: ServerClock, deviceNow: number): number => {
  const at = Date.parse(deadline)
  if (!Number.isFinite(at)) return 0
  return Math.max(0, at - (deviceNow + clock.skewMs))
}

/** 「14:05」 from milliseconds: minutes and seconds, rounded up so 0 shows only at the end. */
export const mmss = (ms: number): string => {
  const total = Math.max(0, Math.ceil(ms / 1000))
  const m = Math.floor(total / 60)
  const s = total % 60
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}`
}
