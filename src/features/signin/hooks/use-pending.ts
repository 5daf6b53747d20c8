import { useCallback, useRef, useState } from 'react'

/**
 * Wraps a write so a second tap while it runs is ignored (the ref closes the gap
 * before React re-renders the disabled button).
 */
export function usePending<A extends unknown[], R>(run: (...args: A) => Promise<R>) {
  const [pending, setPending] = useState(false)
  const busy = useRef(false)
  const runRef = useRef(run)
  runRef.current = run

  const start = useCallback(async (...args: A): Promise<R | undefined> => {
    if (busy.current) return undefined
    busy.current = true
    setPending(true)
    try {
      return await runRef.current(...args)
    } finally {
      busy.current = false
      setPending(false)
    }
  }, [])

  return { run: start, pending }
}
