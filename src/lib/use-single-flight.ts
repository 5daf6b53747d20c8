import { useCallback, useRef, useState } from 'react'
import { CloudError, isCloudError } from './cloud'

/**
 * One write at a time (shared by features; the points and sign-in features have their own
 * older copies that could move here): a second tap while the first is pending does nothing, and the
 * refusal (with its Chinese message) is kept for the screen to show.
 */
export function useSingleFlight<A extends unknown[], R>(work: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<CloudError>()
  const busy = useRef(false)
  const workRef = useRef(work)
  workRef.current = work

  const run = useCallback(async (...args: A): Promise<R | undefined> => {
    if (busy.current) return undefined
    busy.current = true
    setPending(true)
    setError(undefined)
    try {
      return await workRef.current(...args)
    } catch (e) {
      setError(isCloudError(e) ? e : new CloudError('COMMON.INTERNAL', '出了点问题，请稍后重试'))
      return undefined
    } finally {
      busy.current = false
      setPending(false)
    }
  }, [])

  return { run, pending, error, clearError: () => setError(undefined) }
}
