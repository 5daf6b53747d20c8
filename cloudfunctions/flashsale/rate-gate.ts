/**
 * Per-member rate limit on reserve attempts, in this instance's memory: 5 attempts a
 * second. It answers FLASH.BUSY (「太火爆了，请稍后再试」) at no database cost, so a member
 * hammering the button cannot take the database's operations from the others. CloudBase
 * may spread one member's calls over instances, so this bounds each instance's load; the
 * per-member limit itself is enforced in the database.
 */
import { performance } from 'node:perf_hooks'
import { admitAttempt, type RateRule } from '@/domain/flashsale'

export const RESERVE_RATE: RateRule = { max: 5, windowMs: 1000 }

const recent = new Map<string, number[]>()

export function admitReserve(openid: string): boolean {
  const now = performance.now()
  if (recent.size > 20_000) for (const [k, times] of recent) if (!times.length || now - times[times.length - 1] >= RESERVE_RATE.windowMs) recent.delete(k)
  const r = admitAttempt(recent.get(openid) ?? [], now, RESERVE_RATE)
  recent.set(openid, r.recent)
  return r.admitted
}
