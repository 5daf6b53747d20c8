import { useCallback, useState } from 'react'
import { CloudError, isCloudError } from '@/lib/cloud'
import { useSingleFlight } from '@/lib/use-single-flight'

const asCloudError = (e: unknown) => (isCloudError(e) ? e : new CloudError('COMMON.INTERNAL', '出了点问题，请稍后重试'))

/**
 * A write from the workspace: a second tap joins the first call (useSingleFlight), and the
 * refusal is kept, with its Chinese message, for the screen to show instead of thrown.
 */
export function useWrite<A extends unknown[], R>(work: (...args: A) => Promise<R>) {
  const flight = useSingleFlight(work)
  const [error, setError] = useState<CloudError>()
  const run = useCallback(
    async (...args: A): Promise<R | undefined> => {
      setError(undefined)
      try {
        return await flight.run(...args)
      } catch (e) {
        setError(asCloudError(e))
        return undefined
      }
    },
    [flight.run],
  )
  return { run, pending: flight.pending, error }
}
