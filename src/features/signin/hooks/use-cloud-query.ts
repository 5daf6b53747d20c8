import { useCallback, useEffect, useRef, useState } from 'react'
import { CloudError, isCloudError } from '@/lib/cloud'
import { CommonCodes } from '@/contracts/envelope'

export interface CloudQuery<T> {
  data: T | undefined
  error: CloudError | undefined
  /** True until the first answer, and again while a reload runs. */
  loading: boolean
  /** Fetches again; keeps the shown data until the answer arrives. */
  reload: () => Promise<void>
}

const asCloudError = (error: unknown): CloudError =>
  isCloudError(error) ? error : new CloudError(CommonCodes.INTERNAL, '出了点问题，请稍后重试')

/**
 * A read from the cloud in component state. `key` re-runs it when it changes (another
 * month); a late answer to an older request never overwrites a newer one.
 */
export function useCloudQuery<T>(fetcher: () => Promise<T>, key = ''): CloudQuery<T> {
  const [state, setState] = useState<{ data?: T; error?: CloudError; loading: boolean }>({ loading: true })
  const latest = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const reload = useCallback(async () => {
    const ticket = ++latest.current
    setState((s) => ({ ...s, loading: true }))
    try {
      const data = await fetcherRef.current()
      if (ticket === latest.current) setState({ data, loading: false })
    } catch (error) {
      if (ticket === latest.current) setState((s) => ({ data: s.data, error: asCloudError(error), loading: false }))
    }
  }, [])

  useEffect(() => {
    void reload()
  }, [reload, key])

  return { data: state.data, error: state.error, loading: state.loading, reload }
}

export const isNotMember = (error: CloudError | undefined) => error?.code === CommonCodes.NOT_MEMBER
