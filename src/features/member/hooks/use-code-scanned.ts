import { useEffect, useRef, useState } from 'react'
import { getCodeStatus } from '../api/get-code-status'
import { scanNotice } from '../logic/scan-notice'
import { refreshCard, useSessionStore } from '../stores/session'

/** How often the open sheet asks whether the till used the code. */
export const SCAN_POLL_MS = 2000

/**
 * While `code` shows, asks every 2 s whether the till used it. When it did: the card is
 * refreshed (points, coupons), `onUsed` fetches a fresh code, and the notice says what
 * the staff action did (「积分到账 +60」). The notice stays until the sheet closes.
 * A poll in both builds: see cloudfunctions/member/code-status.ts for why not a watch.
 */
export function useCodeScanned(code: string | undefined, onUsed: () => void): string | null {
  const [notice, setNotice] = useState<string | null>(null)
  const used = useRef(onUsed)
  used.current = onUsed

  useEffect(() => {
    if (!code) {
      setNotice(null) // closed: the next opening starts clean
      return undefined
    }
    let stopped = false
    let busy = false
    const poll = async () => {
      if (busy) return
      busy = true
      try {
        const status = await getCodeStatus(code)
        if (stopped || !status.used) return
        stopped = true
        const before = useSessionStore.getState().card?.points ?? 0
        await refreshCard()
        const after = useSessionStore.getState().card?.points ?? before
        setNotice(scanNotice(status.purpose, after - before))
        used.current()
      } catch {
        // the next poll tries again
      } finally {
        busy = false
      }
    }
    const timer = setInterval(() => void poll(), SCAN_POLL_MS)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [code])

  return notice
}
