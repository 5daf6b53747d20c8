/**
 * Cloud function `flashsale` (秒杀): the sessions list, an item's detail, reserving at the
 * flash price (an order of the orders module, paid within 5 minutes) and 开抢提醒. Every
 * reply carries the server's time. Expiry of unpaid reservations is the orders module's
 * own timer; the order's source gives the units back to the shard and the member.
 */
import { flashsaleContracts } from '@/contracts/flashsale'
import { defineFunction } from '../_shared/define-function'
import { item } from './item'
import { remind, sendReminders } from './remind'
import { reserve } from './reserve'
import { sessions } from './sessions'

export const main = defineFunction({
  contracts: flashsaleContracts,
  handlers: { sessions, item, reserve, remind },
  timers: { remind: sendReminders },
})
