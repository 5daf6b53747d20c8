import { MEMBER_CODE_TTL_MS } from '@/domain/member'

/** A rotating code placed on this device's clock. */
export interface TimedCode {
  text: string
  /** The same code as 20 digits, for a till that cannot scan. */
  digits: string
  /** Device-clock ms when the till stops accepting it. */
  expiresAt: number
  /** Device-clock ms when to fetch the next one. */
  refreshAt: number
}

/**
 * coupon.code answers the expiry on the server's clock, which may differ from the phone's
 * (a wrong phone clock, the local cloud's dev clock). The server issues a code for the
 * shared TTL, so it was issued at `expiresAt − TTL`; the reply arrived at `receivedAt` on
 * our clock. The difference is the skew, and the countdown runs on server time.
 */
export function placeCode(reply: { code: string; tillCode: string; expiresAt: string; refreshAfterMs: number }, receivedAt: number, ttlMs = MEMBER_CODE_TTL_MS): TimedCode {
  const serverExpiry = Date.parse(reply.expiresAt)
  const skew = serverExpiry - ttlMs - receivedAt
  return { text: reply.code, digits: reply.tillCode, expiresAt: serverExpiry - skew, refreshAt: receivedAt + reply.refreshAfterMs }
}

/** Whole seconds until `target`, never negative: 「有效期 58 秒」. */
export const secondsLeft = (target: number, now: number): number => Math.max(0, Math.ceil((target - now) / 1000))

/** 20 digits in groups of four, as a cashier types them: 「1000 0012 3456 7890 1234」. */
export const groupDigits = (digits: string): string => digits.replace(/(\d{4})(?=\d)/g, '$1 ')
