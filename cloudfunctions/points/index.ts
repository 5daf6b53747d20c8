/**
 * Cloud function `points`: the balance, history and expiry of a member's points, the
 * points mall, and the till. Earning has no client action: it happens inside the
 * actions that earn (till, sign-in, orders), through _shared/points-ledger.
 */
import { pointsContracts } from '@/contracts/points'
import { defineFunction } from '../_shared/define-function'
import { adjust } from './adjust'
import { balance, expiring } from './balance'
import { expirePoints } from './expire'
import { history } from './history'
import { mallList, mallRecords, mallRedeem } from './mall'
import { tillEarn } from './till-earn'

export const main = defineFunction({
  contracts: pointsContracts,
  handlers: {
    balance,
    history,
    expiring,
    'mall.list': mallList,
    'mall.redeem': mallRedeem,
    'mall.records': mallRecords,
    'till.earn': tillEarn,
    adjust,
  },
  timers: { expirePoints },
})
