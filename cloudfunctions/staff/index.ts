/**
 * Cloud function `staff`: who is staff of which store (invite, bind, unbind), the till
 * workspace's own actions (lookup by scanned code, pickup verification, reversal of a till
 * award) and the staff numbers. Every action but `me` requires bound, active staff of the
 * store it is for (_shared/staff requireStaff); the till writes stay in points and coupon.
 */
import { staffContracts } from '@/contracts/staff'
import { defineFunction } from '../_shared/define-function'
import { awards } from './awards'
import { bind } from './bind'
import { invite } from './invite'
import { lookup } from './lookup'
import { me } from './me'
import { verifyPickup } from './pickup'
import { reverse } from './reverse'
import { stats } from './stats'
import { unbind } from './unbind'

export const main = defineFunction({
  contracts: staffContracts,
  handlers: { me, invite, bind, unbind, lookup, 'pickup.verify': verifyPickup, stats, awards, reverse },
})
