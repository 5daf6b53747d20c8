import { useCallback, useRef, useState } from 'react'

/**
 * While a call of `run` is pending, further calls join it instead of starting another:
 * every caller gets the first call's answer, so a later refusal can never hide an
 * earlier success. `onBusy` reports when a call starts and settles.
 */
export function singleFlight<A extends unknown[], R>(run: (...args: A) => Promise<R>, onBusy: (busy: boolean) => void = () => undefined) {
  let inFlight: Promise<R> | null = null
  return (...args: A): Promise<R> => {
    if (inFlight) return inFlight
    onBusy(true)
    const call = run(...args).finally(() => {
      inFlight = null
      onBusy(false)
    })
    inFlight = call
    return call
  }
}

/**
 * A write button's call: busy while pending, and a second tap joins the first (see
 * singleFlight). The ref closes the gap before React re-renders the busy button.
 */
export function useSingleFlight<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false)
  const runRef = useRef(run)
  runRef.current = run
  const flight = useRef<((...args: A) => Promise<R>) | null>(null)
  flight.current ??= singleFlight((...args: A) => runRef.current(...args), setPending)
  const start = useCallback((...args: A) => (flight.current as (...args: A) => Promise<R>)(...args), [])
  return { run: start, pending }
}
