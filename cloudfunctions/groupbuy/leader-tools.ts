import { effectiveStatus, exportText, nextChainStatus, pickList, productTotals, publicName, totalsOfTally, type ChainEvent } from '@/domain/groupbuy'
import { unwrap } from '../_shared/action-error'
import { type ChainDoc, type EntryDoc, groupbuyRefusal, requireChain, requireOwnChain } from '../_shared/groupbuy/chain-docs'
import { syncEntry } from '../_shared/groupbuy/entry-number'
import { findById, type Db } from '../_shared/db'
import { moved, requireOrder, saveOrder } from '../_shared/orders/order-doc'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, replayOf } from '../_shared/idempotency'
import { asNumbered, chainView, counted, numberedEntries, tallyOfChain } from './chain-view'
import { seesFullNames, viewerOf } from './get-chain'
import { syncChainEntries } from './sync-entries'
import { sendReadyNotices } from './ready-notice'

/** The chain and its counted entries, for the leader of the chain or the staff of its store; anyone else is refused. */
async function forLeaderOrStaff(db: Db, openid: string, chainId: string) {
  const chain = await requireChain(db, chainId)
  if (!seesFullNames(await viewerOf(db, openid, chain))) throw groupbuyRefusal('NOT_LEADER')
  await syncChainEntries(db, { chainId })
  return { chain, entries: counted(await numberedEntries(db, chainId)) }
}

/** groupbuy.summary: totals by product, participants, money and the leader's commission (the chain's running totals). */
export async function summary(input: { chainId: string }, { db, openid }: ActionContext) {
  const chain = await requireChain(db, input.chainId)
  if (!seesFullNames(await viewerOf(db, openid, chain))) throw groupbuyRefusal('NOT_LEADER')
  const moved = await syncChainEntries(db, { chainId: chain._id })
  const tally = await tallyOfChain(db, moved > 0 ? await requireChain(db, chain._id) : chain)
  return { totals: totalsOfTally(chain.products, tally), participants: tally.participants, amountFen: tally.amountFen, commissionFen: tally.commissionFen }
}

/** groupbuy.picklist: by pickup point, then participant in number order (full names, for pickup). */
export async function picklist(input: { chainId: string }, { db, openid }: ActionContext) {
  const { entries } = await forLeaderOrStaff(db, openid, input.chainId)
  return { points: pickList(entries.map(asNumbered)) }
}

/** groupbuy.export: plain text to paste into the group, in number order, names masked (it is posted publicly). */
export async function exportChain(input: { chainId: string }, { db, openid }: ActionContext) {
  const { chain, entries } = await forLeaderOrStaff(db, openid, input.chainId)
  const list = entries.map((e) => ({ ...asNumbered(e), name: publicName(e.name, e.phone) }))
  return { text: exportText({ title: chain.title, pickup: chain.pickupPoint }, productTotals(chain.products, list), list) }
}

async function moveChain(ctx: ActionContext, scope: string, input: { requestId: string; chainId: string }, event: ChainEvent) {
  const { db, openid, now } = ctx
  if (!(await replayOf(ctx, scope, input.requestId))) {
    await requireOwnChain(db, input.chainId, openid)
    await onceOnly(ctx, scope, input.requestId, async (tx) => {
      const chain = (await findById<ChainDoc>(tx, 'chains', input.chainId))!
      // A chain whose deadline passed is closed already: closing it again is refused, fulfilling it is not.
      const status = unwrap(nextChainStatus(effectiveStatus(chain, now), event))
      await tx.collection('chains').doc(chain._id).update({ data: { status, ...(event === 'close' ? { closedReason: 'leader' } : {}) } })
      return { status }
    })
  }
  if (event === 'fulfil') {
    await syncChainEntries(db, { chainId: input.chainId })
    await sendReadyNotices(db, await requireChain(db, input.chainId), await numberedEntries(db, input.chainId))
  }
  return { chain: await chainView(db, input.chainId, now) }
}

/** groupbuy.close (leader, 截团). */
export const closeChain = (input: { requestId: string; chainId: string }, ctx: ActionContext) => moveChain(ctx, 'groupbuy.close', input, 'close')

/** groupbuy.advance (leader): open a draft, start fulfilling (备货), finish. */
export const advanceChain = (input: { requestId: string; chainId: string; event: 'open' | 'fulfil' | 'finish' }, ctx: ActionContext) => moveChain(ctx, 'groupbuy.advance', input, input.event)

/**
 * groupbuy.entry.pickup (leader or the store's staff): the entry's order is picked up,
 * through the orders module's own transition; staff may instead scan the order's pickup
 * code (order.pickup.verify), which the entry follows.
 */
export async function pickupEntry(input: { requestId: string; entryId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const entry = await findById<EntryDoc>(db, 'chain_entries', input.entryId)
  if (!entry) throw groupbuyRefusal('ENTRY_NOT_FOUND')
  if (!(await replayOf(ctx, 'groupbuy.entry.pickup', input.requestId))) {
    const chain = await requireChain(db, entry.chainId)
    if (!seesFullNames(await viewerOf(db, openid, chain))) throw groupbuyRefusal('NOT_LEADER')
    await onceOnly(ctx, 'groupbuy.entry.pickup', input.requestId, async (tx) => {
      const order = await requireOrder(tx, entry._id)
      if (order.status !== 'awaiting_pickup') throw groupbuyRefusal('ENTRY_BAD_STATE')
      await saveOrder(tx, { ...moved(order, 'pickup', openid, now), pickedUpAt: now, pickedUpBy: openid })
      return { ok: true }
    })
  }
  await syncEntry(db, entry._id)
  return { ok: true }
}
