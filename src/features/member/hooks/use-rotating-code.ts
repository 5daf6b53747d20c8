import { useCallback, useEffect, useRef, useState } from 'react'
import { getMemberCode, type MemberCode } from '../api/get-member-code'
import { codeTiming, type CodeTiming } from '../logic/code-timing'

const TICK_MS = 250

export interface RotatingCode {
  code: (MemberCode & { receivedAt: number }) | undefined
  timing: CodeTiming | undefined
  /** A fetch is running (first load or refresh). */
  loading: boolean
  /** The last fetch failed; the code shown (if any) may be stale. */
  failed: boolean
  refresh: () => void
}

/**
 * The member code while `active`: fetched on open, again when its refresh time comes
 * (every `refreshAfterMs`) and on tap. Each tick recomputes the countdown from the
 * targets, so a paused timer (app in background) catches up instead of drifting.
 */
export function useRotatingCode(active: boolean): RotatingCode {
  const [code, setCode] = useState<RotatingCode['code']>()
  const [now, setNow] = useState(() => Date.now())
  const [loading, setLoading] = useState(false)
  const [failed, setFailed] = useState(false)
  const inFlight = useRef(false)
  const alive = useRef(true)

  const refresh = useCallback(() => {
    if (inFlight.current) return
    inFlight.current = true
    setLoading(true)
    getMemberCode()
      .then((fresh) => {
        if (!alive.current) return
        setCode({ ...fresh, receivedAt: Date.now() })
        setFailed(false)
      })
      .catch(() => alive.current && setFailed(true))
      .finally(() => {
        inFlight.current = false
        if (alive.current) setLoading(false)
      })
  }, [])

  useEffect(() => {
    alive.current = true
    if (!active) return
    refresh()
    const timer = setInterval(() => setNow(Date.now()), TICK_MS)
    return () => {
      alive.current = false
      clearInterval(timer)
      setCode(undefined)
    }
  }, [active, refresh])

  const timing = code ? codeTiming(code, now) : undefined
  // Due: fetch the next one. After a failed fetch it waits for a tap (the view says so),
  // so a dead network does not turn into a request loop.
  const due = active && !!timing && timing.refreshInMs === 0 && !failed
  useEffect(() => {
    if (due) refresh()
  }, [due, refresh])

  return { code, timing, loading, failed, refresh }
}
