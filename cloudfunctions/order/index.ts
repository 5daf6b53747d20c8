/**
 * Cloud function `order`: checkout preview, create (stock, coupon lock, points hold in
 * one idempotent action), payment, cancel and the 15-minute expiry, the member's order
 * list and detail, store pickup, delivery (ship, 确认收货, auto-complete), refunds, and
 * the stock holds a crashed create leaves behind. The payment platform's notifications go
 * to the `payment` function; both share cloudfunctions/_shared/orders.
 */
import { orderContracts } from '@/contracts/order'
import { defineFunction } from '../_shared/define-function'
import { cancel } from './cancel'
import { autoComplete, complete } from './complete'
import { reclaimHolds } from './reclaim-holds'
import { ship, toShip } from './ship'
import { create } from './create'
import { expireUnpaid } from './expire-unpaid'
import { retryRefunds } from './retry-refunds'
import { detail, list } from './list'
import { pay, simulatePay } from './pay'
import { pickupCode, verifyPickup } from './pickup'
import { preview } from './preview'
import { pendingRefunds, requestRefund, reviewRefund } from './refunds'

export const main = defineFunction({
  contracts: orderContracts,
  handlers: {
    preview,
    create,
    pay,
    'pay.simulate': simulatePay,
    cancel,
    list,
    detail,
    'pickup.code': pickupCode,
    'pickup.verify': verifyPickup,
    'refund.request': requestRefund,
    'refund.review': reviewRefund,
    'refund.pending': pendingRefunds,
    ship,
    'ship.pending': toShip,
    complete,
  },
  timers: { expireUnpaid, retryRefunds, autoComplete, reclaimHolds },
})
