/**
 * Crowds sent as real clients send: a COMMON.BUSY reply is retried at most ONCE (the
 * member taps again; the client kept the requestId), never in a loop. Retries are counted
 * and reported, so a crowd test proves the server's own transaction retry absorbs
 * conflicts: with it removed, these crowds end in COMMON.BUSY and their tests fail.
 */
import type { TestCloud } from './local-cloud'
import { act } from './fixtures'

export interface ClientStats {
  sent: number
  /** Requests that met COMMON.BUSY and were sent a second time. */
  retried: number
  /** Requests still COMMON.BUSY after their one retry. */
  busyAfterRetry: number
}

export function clientCrowd(t: TestCloud, name: string) {
  const stats: ClientStats = { sent: 0, retried: 0, busyAfterRetry: 0 }
  const busy = (reply: { ok: boolean; code?: string }) => !reply.ok && reply.code === 'COMMON.BUSY'

  async function sendLikeAClient(fn: string, openid: string, action: string, payload: Record<string, unknown>) {
    stats.sent++
    const reply = await act(t, fn, openid, action, payload)
    if (!busy(reply)) return reply
    stats.retried++
    const again = await act(t, fn, openid, action, payload)
    if (busy(again)) stats.busyAfterRetry++
    return again
  }

  /** One line in the test output: how many requests the client had to send again. */
  function report(): ClientStats {
    console.info(`[crowd] ${name}: ${stats.sent} requests, ${stats.retried} retried once by the client, ${stats.busyAfterRetry} still busy`)
    return { ...stats }
  }

  return { sendLikeAClient, stats, report }
}
