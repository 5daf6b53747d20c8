import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/**
 * Refreshes when the page comes back into view (a tab switched to, a page navigated back
 * to), not on its first show: the first load is the query's own.
 */
export function useShowRefresh(refresh: () => unknown) {
  const shown = useRef(false)
  useDidShow(() => {
    if (shown.current) void refresh()
    shown.current = true
  })
}
