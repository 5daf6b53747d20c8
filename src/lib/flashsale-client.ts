import { flashsaleContracts } from '@/contracts/flashsale'
import { cloudClientFor } from './cloud'

/**
 * The `flashsale` function's whole client (item, reserve, remind), for the flash-sale
 * subpackage: the main registry keeps only the home strip's sessions.
 */
export const callFlashsale = cloudClientFor({ flashsale: flashsaleContracts })
