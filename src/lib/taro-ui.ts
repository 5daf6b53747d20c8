import Taro from '@tarojs/taro'
import type { CloudUi } from './ports'

export const taroUi: CloudUi = {
  showLoading(title) {
    void Taro.showLoading({ title, mask: true })
  },
  hideLoading() {
    void Taro.hideLoading()
  },
  toast(message) {
    void Taro.showToast({ title: message, icon: 'none', duration: 2500 })
  },
}
