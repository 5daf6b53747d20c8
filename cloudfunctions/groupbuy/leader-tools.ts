import { effectiveStatus, exportPage, nextChainStatus, pickList, publicName, totalsOfTally, type ChainEvent } from '@/domain/groupbuy'
import { unwrap } from '../_shared/action-error'
import { type ChainDoc, type EntryDoc, groupbuyRefusal, requireChain, requireOwnChain } from '../_shared/groupbuy/chain-docs'
import { findById, type Db } from '../_shared/db'
import { moved, requireOrder, saveOrder } from '../_shared/orders/order-doc'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, replayOf } from '../_shared/idempotency'
import { asNumbered, chainView, counted, entriesAfter, tallyOfChain } from './chain-view'
import { nextNoOf, seesFullNames, viewerOf } from './get-chain'
import { sendReadyNotices } from './ready-notice'

interface PageInput {
  chainId: string
  /** The entry number the page starts after (0: from the first). */
  afterNo: number
  limit: number
}

/**
 * One page of the chain's counted entries after `afterNo`, on the (chainId, no) index, for
 * the leader of the chain or the staff of its store; anyone else is refused. A page is one
 * query, so an invocation stays well inside the function's timeout however big the chain:
 * the client walks the pages (`nextNo`, null at the end). Refunded entries keep their
 * numbers and are left out here, so a page may hold fewer than `limit`.
 */
async function pageForLeaderOrStaff(db: Db, openid: string, input: PageInput) {
  const chain = await requireChain(db, input.chainId)
  if (!seesFullNames(await viewerOf(db, openid, chain))) throw groupbuyRefusal('NOT_LEADER')
  const page = await entriesAfter(db, chain._id, input.afterNo, input.limit)
  return { chain, entries: counted(page), nextNo: nextNoOf(page, input.limit) }
}

/** groupbuy.summary: totals by product, participants, money and the leader's commission (the chain's running totals). */
export async function summary(input: { chainId: string }, { db, openid }: ActionContext) {
  const chain = await requireChain(db, input.chainId)
  if (!seesFullNames(await viewerOf(db, openid, chain))) throw groupbuyRefusal('NOT_LEADER')
  const tally = await tallyOfChain(db, chain)
  return { totals: totalsOfTally(chain.products, tally), participants: tally.participants, amountFen: tally.amountFen, commissionFen: tally.commissionFen }
}

/** groupbuy.picklist: one page, by pickup point, then participant in number order (full names, for pickup). */
export async function picklist(input: PageInput, { db, openid }: ActionContext) {
  const { entries, nextNo } = await pageForLeaderOrStaff(db, openid, input)
  return { points: pickList(entries.map(asNumbered)), nextNo }
}

/**
 * groupbuy.export: one page of the plain text to paste into the group, in number order,
 * names masked (it is posted publicly): the header (from the chain's running totals) on
 * the first page, the totals after the last. The client joins the pages.
 */
export async function exportChain(input: PageInput, { db, openid }: ActionContext) {
  const { chain, entries, nextNo } = await pageForLeaderOrStaff(db, openid, input)
  const tally = await tallyOfChain(db, chain)
  const list = entries.map((e) => ({ ...asNumbered(e), name: publicName(e.name, e.phone) }))
  const head = { title: chain.title, pickup: chain.pickupPoint, totals: totalsOfTally(chain.products, tally), participants: tally.participants }
  return { text: exportPage(head, list, { first: input.afterNo === 0, last: nextNo === null }), nextNo }
}

async function moveChain(ctx: ActionContext, scope: string, input: { requestId: string; chainId: string }, event: ChainEvent) {
  const { db, openid, now } = ctx
  if (!(await replayOf(ctx, scope, input.requestId))) {
    await requireOwnChain(db, input.chainId, openid)
    await onceOnly(ctx, scope, input.requestId, async (tx) => {
      const chain = (await findById<ChainDoc>(tx, 'chains', input.chainId))!
      // A chain whose deadline passed is closed already: closing it again is refused, fulfilling it is not.
      const status = unwrap(nextChainStatus(effectiveStatus(chain, now), event))
      const marks = event === 'close' ? { closedReason: 'leader' } : event === 'fulfil' ? { readyNotices: 'pending' } : {}
      await tx.collection('chains').doc(chain._id).update({ data: { status, ...marks } })
      return { status }
    })
  }
  if (event === 'fulfil') {
    // The first share of the 到货提醒 job here, so a usual chain is notified at once; the timer does the rest.
    const chain = await requireChain(db, input.chainId)
    if (chain.readyNotices === 'pending') await sendReadyNotices(db, chain, now)
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
  return { ok: true }
}
