/**
 * Cloud function `groupbuy`: community chains (社群接龙). Leaders approved by an admin
 * post chains of catalog products at a chain price; members join with quantities, which
 * makes an order through the orders module (source 'groupbuy'), pay, and get an entry
 * number when paid; leaders and store staff get the summary, pick list and export, and
 * mark pickups. Team buys (拼团) are not built yet.
 */
import { groupbuyContracts } from '@/contracts/groupbuy'
import { defineFunction } from '../_shared/define-function'
import { cancelEntry } from './cancel-entry'
import { createChain } from './create-chain'
import { getChain } from './get-chain'
import { chainEntries } from './chain-entries'
import { listChains } from './list-chains'
import { joinPreview } from './join-preview'
import { joinChain } from './join'
import { advanceChain, closeChain, exportChain, pickupEntry, picklist, summary } from './leader-tools'
import { approveLeader, leaderHome } from './leaders'

export const main = defineFunction({
  contracts: groupbuyContracts,
  handlers: {
    'leader.approve': approveLeader,
    'leader.home': leaderHome,
    create: createChain,
    get: getChain,
    join: joinChain,
    entries: chainEntries,
    list: listChains,
    'join.preview': joinPreview,
    'entry.cancel': cancelEntry,
    close: closeChain,
    advance: advanceChain,
    summary,
    picklist,
    export: exportChain,
    'entry.pickup': pickupEntry,
  },
})
