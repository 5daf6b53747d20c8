import { maskName, shareTitle, sharePath, itemsText } from '@/domain/groupbuy'
import type { EntryView, MyEntry } from '@/contracts/groupbuy'
import { type EntryDoc, type LeaderDoc, requireChain } from '../_shared/groupbuy/chain-docs'
import { findById, type Db } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import type { MemberDoc, StaffDoc } from '../_shared/members'
import { chainViewOf, entriesAfter } from './chain-view'
import { checkJoinable } from '@/domain/groupbuy'

type Viewer = 'leader' | 'staff' | 'member' | 'visitor'

/** Who is looking decides what they see: the leader and the store's staff see names and phones, for pickup. */
export async function viewerOf(db: Db, openid: string, chain: { leaderId: string; storeId: string }): Promise<Viewer> {
  if (openid === chain.leaderId) return 'leader'
  const staff = await findById<StaffDoc>(db, 'staff', openid)
  if (staff?.active && (staff.role === 'admin' || staff.storeId === chain.storeId)) return 'staff'
  return (await findById<MemberDoc>(db, 'members', openid)) ? 'member' : 'visitor'
}

export const seesFullNames = (viewer: Viewer) => viewer === 'leader' || viewer === 'staff'

export function entryView(e: EntryDoc, openid: string, full: boolean): EntryView {
  const status = e.status === 'unpaid' || e.status === 'cancelled' ? 'paid' : e.status
  return { no: e.no ?? 0, name: full ? e.name : maskName(e.name), phone: full ? e.phone : null, items: itemsText(e.lines), amountFen: e.amountFen, paidAt: new Date(e.paidAt ?? e.createdAt).toISOString(), status, mine: e.memberId === openid }
}

/** The caller's own entry: the goods' amount and what their order asks (after coupon and points). */
export function myEntry(e: EntryDoc, canCancel: boolean): MyEntry {
  return { entryId: e._id, orderId: e._id, no: e.no, items: itemsText(e.lines), lines: e.lines.map((l) => ({ key: l.key, quantity: l.quantity })), amountFen: e.amountFen, payableFen: e.payableFen ?? e.amountFen, status: e.status, payBy: new Date(e.payBy).toISOString(), canCancel }
}

const cancellable = (e: EntryDoc, joinable: boolean) => joinable && (e.status === 'unpaid' || e.status === 'paid')

/** Entries on the chain page's first screen; the rest come a page at a time (groupbuy.entries). */
export const ENTRY_PAGE = 50

/** Where the next page starts: the last number of a full page, or null at the end. */
export const nextNoOf = (page: readonly EntryDoc[], limit: number): number | null => (page.length === limit ? (page[page.length - 1].no ?? null) : null)

/**
 * groupbuy.get (anyone, members or not): the chain, the first page of its paid entries in number order,
 * the caller's own entries and the share card. Others' names are masked and their
 * phones left out here, on the server: a member never receives them. Entries and totals
 * follow their orders in the orders' own transactions (order-moved.ts), so the view reads
 * the chain, one page of entries and the caller's own: a bounded read, whatever the size.
 */
export async function getChain(input: { chainId: string }, { db, openid, now }: ActionContext) {
  const chain = await requireChain(db, input.chainId)
  const [entries, viewer, leader, me] = await Promise.all([
    entriesAfter(db, chain._id, 0, ENTRY_PAGE),
    viewerOf(db, openid, chain),
    findById<LeaderDoc>(db, 'leaders', chain.leaderId),
    findById<MemberDoc>(db, 'members', openid),
  ])
  const mine = (await db.collection('chain_entries').where({ chainId: chain._id, memberId: openid }).orderBy('createdAt', 'desc').limit(50).get()).data as EntryDoc[]
  const view = await chainViewOf(db, chain, now)
  const full = seesFullNames(viewer)
  const fromPriceFen = Math.min(...chain.products.map((p) => p.chainPriceFen))
  const unit = chain.products.length === 1 ? chain.products[0].unit : undefined
  return {
    chain: view,
    entries: entries.map((e) => entryView(e, openid, full)),
    mine: mine.map((e) => myEntry(e, cancellable(e, checkJoinable(chain, now).ok))),
    share: { title: shareTitle({ title: chain.title, fromPriceFen, unit }, view.participants), path: sharePath(chain._id, me?.cardNo ?? null) },
    sceneId: leader?.sceneId ?? '',
    viewer,
    now: now.toISOString(),
    nextNo: nextNoOf(entries, ENTRY_PAGE),
  }
}
