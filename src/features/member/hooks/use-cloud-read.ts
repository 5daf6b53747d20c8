import { useCallback, useEffect, useRef, useState } from 'react'
import { CloudError, isCloudError } from '@/lib/cloud'
import { CommonCodes } from '@/contracts/envelope'

export interface CloudRead<T> {
  data: T | undefined
  error: CloudError | undefined
  loading: boolean
  reload: () => Promise<void>
  /** Replaces the data with what a write answered (no second round trip). */
  set: (data: T) => void
}

const asCloudError = (e: unknown) => (isCloudError(e) ? e : new CloudError(CommonCodes.INTERNAL, '出了点问题，请稍后重试'))

/** A read kept in component state; a late answer never overwrites a newer one. */
export function useCloudRead<T>(fetcher: () => Promise<T>): CloudRead<T> {
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
    } catch (e) {
      if (ticket === latest.current) setState((s) => ({ data: s.data, error: asCloudError(e), loading: false }))
    }
  }, [])

  const set = useCallback((data: T) => {
    latest.current++
    setState({ data, loading: false })
  }, [])

  useEffect(() => {
    void reload()
  }, [reload])

  return { data: state.data, error: state.error, loading: state.loading, reload, set }
}

export const isNotMember = (error: CloudError | undefined) => error?.code === CommonCodes.NOT_MEMBER
