import { useCallback, useEffect, useRef, useState } from 'react'
import { useReachBottom } from '@tarojs/taro'
import { getEntries, type EntryView } from '../api/chain'

/**
 * The chain's entry list beyond the first page (which comes with the chain): the next page
 * by entry number when the list reaches the bottom, one page at a time. A fresh first page
 * (pull-to-refresh, a join) starts over.
 */
export function useEntryPages(chainId: string, first: { entries: EntryView[]; nextNo: number | null } | undefined) {
  const [more, setMore] = useState<EntryView[]>([])
  const [next, setNext] = useState<number | null>(null)
  const [loading, setLoading] = useState(false)
  const busy = useRef(false)
  useEffect(() => {
    setMore([])
    setNext(first?.nextNo ?? null)
  }, [first])
  const loadMore = useCallback(async () => {
    if (busy.current || next === null) return
    busy.current = true
    setLoading(true)
    try {
      const page = await getEntries(chainId, next)
      setMore((prev) => [...prev, ...page.entries])
      setNext(page.nextNo)
    } catch {
      // Stays where it was: the next reach-bottom tries again.
    } finally {
      busy.current = false
      setLoading(false)
    }
  }, [chainId, next])
  useReachBottom(() => void loadMore())
  return { entries: [...(first?.entries ?? []), ...more], done: next === null, loading, loadMore }
}
