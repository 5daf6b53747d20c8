import Taro from '@tarojs/taro'
import type { KeyValueStorage } from './ports'

/** Taro's sync storage: wx storage on device, localStorage in the browser. */
export const taroStorage: KeyValueStorage = {
  get(key) {
    const value: unknown = Taro.getStorageSync(key)
    return typeof value === 'string' && value !== '' ? value : undefined
  },
  set(key, value) {
    Taro.setStorageSync(key, value)
  },
  remove(key) {
    Taro.removeStorageSync(key)
  },
}
