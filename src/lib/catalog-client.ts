import { catalogContracts } from '@/contracts/catalog'
import { cloudClientFor } from './cloud'

/**
 * The `catalog` function's whole client (product detail, the member's cart), for the
 * orders subpackage: the main registry keeps only what the home tab calls (grid, feed).
 */
export const callCatalog = cloudClientFor({ catalog: catalogContracts })
