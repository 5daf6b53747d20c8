/**
 * The cloud functions' actions that the main package calls, by function name: what
 * callCloud(fn, action, payload) accepts. Subpackage-only contracts (order, groupbuy, the
 * staff workspace, admin) have their own clients (cloudClientFor), so they do not weigh on
 * the first screen.
 */
import { couponContracts } from './coupon'
import { memberContracts } from './member'
import { pointsContracts } from './points'
import { signinContracts } from './signin'
import { staffSeatContracts } from './staff-seat'
import { catalogBrowseContracts } from './catalog-browse'
import { flashsaleBrowseContracts } from './flashsale-browse'

export const contracts = {
  member: memberContracts,
  points: pointsContracts,
  coupon: couponContracts,
  signin: signinContracts,
  // Only what a tab page asks; the workspace's actions are in its subpackage's client.
  staff: staffSeatContracts,
  // The home tab's grid and feed; product detail and the cart: src/lib/catalog-client.ts.
  catalog: catalogBrowseContracts,
  // The home strip's sessions; the item page, reserve and remind: src/lib/flashsale-client.ts.
  flashsale: flashsaleBrowseContracts,
}

export type Contracts = typeof contracts
