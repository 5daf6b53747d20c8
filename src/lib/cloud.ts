import { contracts } from '@/contracts'
import { createCloudClient } from './cloud-client'
import { taroStorage } from './taro-storage'
import { taroUi } from './taro-ui'
import { transport } from './transport'

export { CloudError, isCloudError } from './cloud-error'
export type { CallOptions } from './cloud-types'

/** `await callCloud('points', 'balance', {})` — typed by the contracts registry. */
export const callCloud = createCloudClient(contracts, transport, taroUi, taroStorage).call
