import { orderContracts } from '@/contracts/order'
import { cloudClientFor } from './cloud'

/**
 * The `order` function's client, for the subpackages that create or pay orders (orders,
 * flash sale, group-buy, the staff workspace): its contracts stay out of the main registry.
 */
export const callOrder = cloudClientFor({ order: orderContracts })
