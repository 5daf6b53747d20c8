/**
 * Cloud function `groupbuy`: community chains (社群接龙). Leaders approved by an admin
 * post chains of catalog products at a chain price; members join with quantities, which
 * makes an order through the orders module (source 'groupbuy'), pay, and get an entry
 * number when paid; leaders and store staff get the summary, pick list and export, and
 * mark pickups. Team buys (拼团): members open or join a team of N at a team price; a seat
 * counts when paid, the team succeeds at exactly N, and a team not full by its deadline
 * is refunded in full by the `expireTeams` timer. The 备货 到货提醒 are a resumable job that
 * the `readyNotices` timer carries on.
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
import { expireTeams } from './expire-teams'
import { continueReadyNotices } from './ready-notice'
import { getTeam } from './team-get'
import { joinTeam } from './team-join'
import { teamOffers } from './team-offers'
import { openTeam } from './team-open'

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
    'team.offers': teamOffers,
    'team.open': openTeam,
    'team.join': joinTeam,
    'team.get': getTeam,
  },
  timers: { expireTeams, readyNotices: continueReadyNotices },
})
