/** Every cloud function's actions, by function name: what callCloud(fn, action, payload) accepts. */
import { couponContracts } from './coupon'
import { memberContracts } from './member'
import { pointsContracts } from './points'
import { signinContracts } from './signin'

export const contracts = {
  member: memberContracts,
  points: pointsContracts,
  coupon: couponContracts,
  signin: signinContracts,
}

export type Contracts = typeof contracts
