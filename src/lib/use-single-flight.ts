import { useCallback, useRef, useState } from 'react'

/**
 * Wraps a write so that a second tap while it runs joins the first call instead of
 * sending another: every caller gets the first call's answer, so a later refusal can
 * never hide an earlier success. The ref closes the gap before React re-renders the
 * busy button.
 */
export function useSingleFlight<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false)
  const inFlight = useRef<Promise<R> | null>(null)
  const runRef = useRef(run)
  runRef.current = run

  const start = useCallback((...args: A): Promise<R> => {
    if (inFlight.current) return inFlight.current
    setPending(true)
    const call = runRef.current(...args).finally(() => {
      inFlight.current = null
      setPending(false)
    })
    inFlight.current = call
    return call
  }, [])

  return { run: start, pending }
}
