import { useCallback, useEffect, useRef, useState } from 'react'
import { asCloudError, callCloud, type CloudError } from '@/lib/cloud'
import type { HistoryCursor, LedgerItem } from '@/contracts/points'
import { appendPage, type HistoryFilter } from '../model/history-view'

export type { LedgerItem }

const PAGE_SIZE = 20

/** One page of the ledger, newest first; `cursor` is the `nextCursor` of the previous page. */
export const getPointsHistory = (filter: HistoryFilter, cursor?: HistoryCursor) =>
  callCloud('points', 'history', { filter, cursor, limit: PAGE_SIZE }, { silent: true })

interface Feed {
  items: LedgerItem[]
  nextCursor: HistoryCursor | null
  /** 'first': nothing shown yet; 'more': appending a page. */
  loading: 'first' | 'more' | null
  error?: CloudError
  /** Ran at least once for this filter. */
  loaded: boolean
}

const EMPTY: Feed = { items: [], nextCursor: null, loading: 'first', loaded: false }

/**
 * The history as an endless list: the first page for the filter, then `loadMore()` at the
 * bottom. Changing the filter or `reload()` starts over; answers for an older filter or
 * generation are dropped.
 */
export function usePointsHistory(filter: HistoryFilter) {
  const [feed, setFeed] = useState<Feed>(EMPTY)
  const generation = useRef(0)
  const busy = useRef(false)
  const cursor = useRef<HistoryCursor | null>(null)

  const reload = useCallback(async () => {
    const ticket = ++generation.current
    busy.current = true
    setFeed((f) => ({ ...f, loading: f.items.length ? null : 'first', error: undefined }))
    try {
      const page = await getPointsHistory(filter)
      if (ticket !== generation.current) return
      cursor.current = page.nextCursor
      setFeed({ items: page.items, nextCursor: page.nextCursor, loading: null, loaded: true })
    } catch (e) {
      if (ticket === generation.current) setFeed((f) => ({ ...f, loading: null, error: asCloudError(e), loaded: true }))
    } finally {
      if (ticket === generation.current) busy.current = false
    }
  }, [filter])

  const loadMore = useCallback(async () => {
    const after = cursor.current
    if (busy.current || !after) return
    const ticket = generation.current
    busy.current = true
    setFeed((f) => ({ ...f, loading: 'more', error: undefined }))
    try {
      const page = await getPointsHistory(filter, after)
      if (ticket !== generation.current) return
      cursor.current = page.nextCursor
      setFeed((f) => ({ items: appendPage(f.items, page.items), nextCursor: page.nextCursor, loading: null, loaded: true }))
    } catch (e) {
      if (ticket === generation.current) setFeed((f) => ({ ...f, loading: null, error: asCloudError(e) }))
    } finally {
      if (ticket === generation.current) busy.current = false
    }
  }, [filter])

  useEffect(() => {
    setFeed(EMPTY)
    cursor.current = null
    void reload()
  }, [reload])

  return { ...feed, reload, loadMore }
}
