import { useCallback, useRef, useState } from 'react'
import { asCloudError, type CloudError } from './cloud-error'

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
 * A call that never throws: a refusal is handed to `onError` (a CloudError, with its
 * Chinese message) and the call resolves undefined. `onError(undefined)` as it starts.
 */
export function keepRefusal<A extends unknown[], R>(run: (...args: A) => Promise<R>, onError: (error: CloudError | undefined) => void) {
  // Promises rather than async/await: the weapp build turns each async function into a
  // state machine, and this file is in the main package.
  return (...args: A): Promise<R | undefined> => {
    onError(undefined)
    return new Promise<R>((resolve) => resolve(run(...args))).catch((e: unknown) => {
      onError(asCloudError(e))
      return undefined
    })
  }
}

/**
 * The one rule of every write button: busy while pending, a second tap joins the first
 * (see singleFlight), and a refusal is kept as `error` (with its Chinese message) for the
 * screen to show, the call resolving undefined. The ref closes the gap before React
 * re-renders the busy button.
 */
export function useSingleFlight<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<CloudError>()
  const runRef = useRef(run)
  runRef.current = run
  const flight = useRef<((...args: A) => Promise<R | undefined>) | null>(null)
  flight.current ??= singleFlight(keepRefusal((...args: A) => runRef.current(...args), setError), setPending)
  const start = useCallback((...args: A) => (flight.current as (...args: A) => Promise<R | undefined>)(...args), [])
  return { run: start, pending, error }
}
