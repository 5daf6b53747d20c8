import { useCallback, useRef, useState } from 'react'
import { CloudError, isCloudError } from './cloud'

/**
 * One write at a time for a button: a second tap while the first runs does nothing (the
 * button shows `pending`), and the refusal is kept for the screen to show inline.
 */
export function useSubmit<A extends unknown[], R>(write: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false)
  const [error, setError] = useState<CloudError>()
  const busy = useRef(false)
  const writeRef = useRef(write)
  writeRef.current = write

  const submit = useCallback(async (...args: A): Promise<R | undefined> => {
    if (busy.current) return undefined
    busy.current = true
    setPending(true)
    setError(undefined)
    try {
      return await writeRef.current(...args)
    } catch (e) {
      setError(isCloudError(e) ? e : new CloudError('COMMON.INTERNAL', '出了点问题，请稍后重试'))
      return undefined
    } finally {
      busy.current = false
      setPending(false)
    }
  }, [])

  return { submit, pending, error }
}
