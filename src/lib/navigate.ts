import Taro from '@tarojs/taro'
import { tabs } from './routes'

const tabPaths: readonly string[] = Object.values(tabs)

/** Opens a page whether it is a tab or a subpackage page. */
export function openPage(url: string) {
  const path = url.split('?')[0]
  if (tabPaths.includes(path)) return Taro.switchTab({ url: path })
  return Taro.navigateTo({ url })
}

/** Feedback for entries whose module is not built yet. */
export function comingSoon() {
  return Taro.showToast({ title: '即将上线，敬请期待', icon: 'none' })
}
