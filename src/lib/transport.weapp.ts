import Taro from '@tarojs/taro'
import type { CloudTransport } from './ports'

let initialized = false

/** WeChat cloud development: the function gets the caller's OPENID from the platform. */
export const transport: CloudTransport = {
  async invoke(fn, event) {
    if (!initialized) {
      Taro.cloud.init({ env: process.env.TARO_APP_CLOUD_ENV, traceUser: true })
      initialized = true
    }
    const { result } = await Taro.cloud.callFunction({ name: fn, data: event })
    return result
  },
}
