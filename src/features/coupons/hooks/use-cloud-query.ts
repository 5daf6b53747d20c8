import { useCallback, useEffect, useRef, useState } from 'react'
import { CloudError, isCloudError } from '@/lib/cloud'

export interface CloudQuery<T> {
  /** The answer for the current key; kept while it reloads, so a refresh never flickers. */
  data: T | undefined
  /** The most recent answer for any key (e.g. the wallet's counts while another tab loads). */
  latest: T | undefined
  error: CloudError | undefined
  loading: boolean
  /** Fetches again; resolves when done, whatever the outcome (errors land in `error`). */
  reload: () => Promise<void>
}

const asCloudError = (e: unknown) => (isCloudError(e) ? e : new CloudError('COMMON.INTERNAL', '出了点问题，请稍后重试'))

/**
 * A read from the back end for a screen: fetched on mount and when `key` changes, answers
 * cached per key. Only the newest request may write its answer: a slow reply for a tab the
 * user already left is dropped.
 */
export function useCloudQuery<T>(key: string, fetcher: () => Promise<T>, enabled = true): CloudQuery<T> {
  const [cache, setCache] = useState<Record<string, T>>({})
  const [latest, setLatest] = useState<T>()
  const [error, setError] = useState<CloudError>()
  const [loading, setLoading] = useState(enabled)
  const seq = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const reload = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    try {
      const answer = await fetcherRef.current()
      if (mine !== seq.current) return
      setCache((prev) => ({ ...prev, [key]: answer }))
      setLatest(answer)
      setError(undefined)
    } catch (e) {
      if (mine === seq.current) setError(asCloudError(e))
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [key])

  useEffect(() => {
    if (enabled) void reload()
  }, [reload, enabled])

  return { data: cache[key], latest, error, loading, reload }
}
