/** Every cloud function's actions, by function name: what callCloud(fn, action, payload) accepts. */
import { couponContracts } from './coupon'
import { memberContracts } from './member'
import { pointsContracts } from './points'
import { signinContracts } from './signin'
import { staffContracts } from './staff'
import { catalogContracts } from './catalog'
import { orderContracts } from './order'
import { groupbuyContracts } from './groupbuy'
import { flashsaleContracts } from './flashsale'

export const contracts = {
  member: memberContracts,
  points: pointsContracts,
  coupon: couponContracts,
  signin: signinContracts,
  staff: staffContracts,
  catalog: catalogContracts,
  order: orderContracts,
  groupbuy: groupbuyContracts,
  flashsale: flashsaleContracts,
}

export type Contracts = typeof contracts
