import { contracts } from '@/contracts'
import { createCloudClient } from './cloud-client'
import type { Registry } from './cloud-types'
import { taroStorage } from './taro-storage'
import { taroUi } from './taro-ui'
import { transport } from './transport'

export { asCloudError, CloudError, isCloudError } from './cloud-error'
export type { CallOptions } from './cloud-types'

/** `await callCloud('points', 'balance', {})` — typed by the contracts registry. */
export const callCloud = createCloudClient(contracts, transport, taroUi, taroStorage).call

/**
 * A client for contracts that live only in a subpackage (orders, group-buy, staff, admin):
 * they stay out of the main registry, which every member downloads with the first screen.
 */
export const cloudClientFor = <R extends Registry>(registry: R) => createCloudClient(registry, transport, taroUi, taroStorage).call
