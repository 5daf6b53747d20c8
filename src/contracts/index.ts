/** Every cloud function's actions, by function name: what callCloud(fn, action, payload) accepts. */
import { couponContracts } from './coupon'
import { memberContracts } from './member'
import { pointsContracts } from './points'

export const contracts = {
  member: memberContracts,
  points: pointsContracts,
  coupon: couponContracts,
}

export type Contracts = typeof contracts
