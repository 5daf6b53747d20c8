/**
 * A read from the back end for a screen, shared by every feature: fetched on mount and
 * when `key` changes, answers cached per key. Only the newest request may write its
 * answer: a slow reply for a tab or month the user already left is dropped.
 */
import { useCallback, useEffect, useRef, useState } from 'react'
import { CommonCodes } from '@/contracts/envelope'
import { asCloudError, type CloudError } from './cloud-error'

export interface CloudQuery<T> {
  /** The answer for the current key; kept while it reloads, so a refresh never flickers. */
  data: T | undefined
  /** The most recent answer for any key (e.g. last month's calendar while this one loads). */
  latest: T | undefined
  error: CloudError | undefined
  /** True until the first answer, and again while a reload runs. */
  loading: boolean
  /** Fetches again; resolves when done, whatever the outcome (errors land in `error`). */
  reload: () => Promise<void>
  /** Replaces the current key's data with what a write answered (no second round trip). */
  set: (data: T) => void
}


export function useCloudQuery<T>(key: string, fetcher: () => Promise<T>, enabled = true): CloudQuery<T> {
  const [cache, setCache] = useState<Record<string, T>>({})
  const [latest, setLatest] = useState<T>()
  const [error, setError] = useState<CloudError>()
  const [loading, setLoading] = useState(enabled)
  const seq = useRef(0)
  const fetcherRef = useRef(fetcher)
  fetcherRef.current = fetcher

  const remember = useCallback(
    (answer: T) => {
      setCache((prev) => ({ ...prev, [key]: answer }))
      setLatest(answer)
      setError(undefined)
    },
    [key],
  )

  const reload = useCallback(async () => {
    const mine = ++seq.current
    setLoading(true)
    try {
      const answer = await fetcherRef.current()
      if (mine === seq.current) remember(answer)
    } catch (e) {
      if (mine === seq.current) setError(asCloudError(e))
    } finally {
      if (mine === seq.current) setLoading(false)
    }
  }, [remember])

  const set = useCallback(
    (answer: T) => {
      seq.current++
      remember(answer)
      setLoading(false)
    },
    [remember],
  )

  useEffect(() => {
    if (enabled) void reload()
  }, [reload, enabled])

  return { data: cache[key], latest, error, loading, reload, set }
}

/** The caller is not a member yet: screens show a way to join instead of an error. */
export const isNotMember = (error: CloudError | undefined) => error?.code === CommonCodes.NOT_MEMBER
