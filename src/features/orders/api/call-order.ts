import { orderContracts } from '@/contracts/order'
import { cloudClientFor } from '@/lib/cloud'

/** The `order` function's client: its contracts stay in this subpackage (see cloudClientFor). */
export const callOrder = cloudClientFor({ order: orderContracts })
