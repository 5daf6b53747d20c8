import { groupbuyContracts } from '@/contracts/groupbuy'
import { cloudClientFor } from '@/lib/cloud'

/** The `groupbuy` function's client: its contracts stay in this subpackage (see cloudClientFor). */
export const callGroupbuy = cloudClientFor({ groupbuy: groupbuyContracts })
