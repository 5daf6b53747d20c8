import { useState } from 'react'
import { useDidHide, useDidShow } from '@tarojs/taro'

/** Whether this page is the one on screen (false under a page pushed on top, or in the background). */
export function usePageVisible(): boolean {
  const [visible, setVisible] = useState(true)
  useDidShow(() => setVisible(true))
  useDidHide(() => setVisible(false))
  return visible
}
