import { useEffect, useState } from 'react'

/**
 * The current time, re-read every `everyMs` while `active`. Countdowns subtract this from
 * their target; nothing counts down by itself, so a paused or throttled page never drifts.
 */
export function useNow(everyMs = 1000, active = true): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (!active) return
    setNow(Date.now())
    const id = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(id)
  }, [everyMs, active])
  return now
}
