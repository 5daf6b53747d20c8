import { useRef } from 'react'
import { useDidShow } from '@tarojs/taro'

/**
 * Bumped after a redemption: the pages still open under it (积分中心, 积分商城) refetch
 * when they show again, and keep their scroll position otherwise.
 */
let version = 0

export const markPointsChanged = () => {
  version++
}

export function useRefreshOnPointsChange(refresh: () => unknown) {
  const seen = useRef(version)
  useDidShow(() => {
    if (seen.current === version) return
    seen.current = version
    void refresh()
  })
}
