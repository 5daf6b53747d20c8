import { adminContracts } from '@/contracts/admin'
import { createCloudClient } from '@/lib/cloud-client'
import { taroStorage } from '@/lib/taro-storage'
import { taroUi } from '@/lib/taro-ui'
import { transport } from '@/lib/transport'

/**
 * The admin function's own client: its contracts live in the admin subpackage and stay
 * out of the main package's registry (src/contracts/index.ts), which members download.
 */
export const callAdmin = createCloudClient({ admin: adminContracts }, transport, taroUi, taroStorage).call
