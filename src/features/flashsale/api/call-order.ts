import { orderContracts } from '@/contracts/order'
import { cloudClientFor } from '@/lib/cloud'

/** The order function's client for this subpackage (features do not import each other). */
export const callOrder = cloudClientFor({ order: orderContracts })
