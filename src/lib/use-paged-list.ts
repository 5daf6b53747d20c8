import { useCallback, useEffect, useRef, useState } from 'react'
import { asCloudError, type CloudError } from './cloud'

export interface Page<T, C> {
  items: T[]
  next: C | null
}

export interface PagedList<T> {
  items: T[]
  /** 'first': the first page (items may still show from before a reload); 'more': appending. */
  loading: 'first' | 'more' | null
  error?: CloudError
  done: boolean
  loaded: boolean
  reload: () => Promise<void>
  loadMore: () => Promise<void>
}

/**
 * An endless list (product feed, order list): the first page for `key`, then `loadMore()`
 * at the bottom. A new key or `reload()` starts over; answers for an older key are dropped,
 * and one page loads at a time.
 */
export function usePagedList<T, C>(key: string, fetchPage: (cursor: C | null) => Promise<Page<T, C>>): PagedList<T> {
  const [items, setItems] = useState<T[]>([])
  const [loading, setLoading] = useState<'first' | 'more' | null>('first')
  const [error, setError] = useState<CloudError>()
  const [done, setDone] = useState(false)
  const [loaded, setLoaded] = useState(false)
  const generation = useRef(0)
  const busy = useRef(false)
  const cursor = useRef<C | null>(null)
  const fetchRef = useRef(fetchPage)
  fetchRef.current = fetchPage

  const run = useCallback(async (more: boolean) => {
    if (more && (busy.current || cursor.current === null)) return
    const ticket = more ? generation.current : ++generation.current
    busy.current = true
    setLoading(more ? 'more' : 'first')
    setError(undefined)
    try {
      const page = await fetchRef.current(more ? cursor.current : null)
      if (ticket !== generation.current) return
      cursor.current = page.next
      setItems((prev) => (more ? [...prev, ...page.items] : page.items))
      setDone(page.next === null)
      setLoaded(true)
    } catch (e) {
      if (ticket === generation.current) {
        setError(asCloudError(e))
        setLoaded(true)
      }
    } finally {
      if (ticket === generation.current) {
        busy.current = false
        setLoading(null)
      }
    }
  }, [])

  useEffect(() => {
    setItems([])
    setLoading('first')
    setDone(false)
    setLoaded(false)
    cursor.current = null
    void run(false)
  }, [key, run])

  return { items, loading, error, done, loaded, reload: () => run(false), loadMore: () => run(true) }
}
