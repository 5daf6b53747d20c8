/**
 * The server's clock as this client sees it: every flashsale reply carries `now`, and
 * the offset to the phone's clock is kept here, so countdowns and the buy button follow
 * the server. The newest reply wins; a phone set 5 minutes fast still opens at 10:00:00.
 */
import { create } from 'zustand'
import { clockOffset } from '@/domain/flashsale/countdown'

interface ServerClock {
  offsetMs: number
  known: boolean
}

export const useServerClock = create<ServerClock>(() => ({ offsetMs: 0, known: false }))

/** Records a reply's server time, received at local time `localAt` (default: now). */
export function noteServerTime(serverNowIso: string, localAt = Date.now()) {
  useServerClock.setState({ offsetMs: clockOffset(new Date(serverNowIso), localAt), known: true })
}
