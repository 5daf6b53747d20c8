/**
 * Group-buy chains as stored. `leaders` (_id = openid), `chains` (_id = chain id, with the
 * entry-number counter `lastNo`), `chain_stock` (_id = chainId~key: what is left of one
 * product, taken by conditional decrement), `chain_holds` (_id = chainId:openid: what one
 * member holds per product, for the per-person limit) and `chain_entries` (_id = order id:
 * one join = one order = one entry, numbered when paid).
 */
import { groupbuyError, type ChainStatus, type ChainTally } from '@/domain/groupbuy'
import { ActionError } from '../action-error'
import { findById, type Db, type Tx } from '../db'

export interface LeaderDoc {
  _id: string
  cardNo: string
  name: string
  storeId: string
  pickupPoint: string
  commissionBp: number
  sceneId: string
  active: boolean
  approvedBy: string
  approvedAt: Date
  commissionEarnedFen: number
  commissionReversedFen: number
}

export interface ChainProductDoc {
  key: string
  skuId: string
  productId: string
  category: string
  name: string
  image: string
  unit: string
  listPriceFen: number
  chainPriceFen: number
  stock: number
}

export interface ChainDoc {
  _id: string
  leaderId: string
  storeId: string
  pickupPoint: string
  title: string
  text: string
  images: string[]
  products: ChainProductDoc[]
  perPersonLimit: number
  deadline: Date
  pickupFrom: Date
  pickupTo: Date
  status: ChainStatus
  closedReason: 'deadline' | 'sold_out' | 'leader' | null
  /** The last entry number given: numbers are lastNo + 1, in the transaction that pays. */
  lastNo: number
  /** Running totals of the counted entries, moved with lastNo (absent on chains written before it). */
  tally?: ChainTally
  /** 到货提醒 of the 备货: 'pending' from the start of fulfilling until every paid entry was walked (absent before it). */
  readyNotices?: 'pending' | 'sent'
  createdAt: Date
  requestId: string
}

export type EntryStatus = 'unpaid' | 'paid' | 'refunding' | 'refunded' | 'cancelled' | 'picked_up'

export interface EntryDoc {
  _id: string
  chainId: string
  leaderId: string
  memberId: string
  name: string
  phone: string | null
  pickupPoint: string
  lines: { key: string; name: string; quantity: number; unitFen: number }[]
  amountFen: number
  /** The order's payable (after coupon and points), written with the order; absent on older entries. */
  payableFen?: number
  status: EntryStatus
  no: number | null
  createdAt: Date
  payBy: Date
  paidAt: Date | null
  commissionFen: number
  commissionReversed: boolean
  /** The 到货提醒 was sent (claimed by a conditional update, so once). */
  readyNotified?: boolean
}

export const stockId = (chainId: string, key: string) => `${chainId}~${key}`
export const holdId = (chainId: string, memberId: string) => `${chainId}:${memberId}`


export const groupbuyRefusal = (key: Parameters<typeof groupbuyError>[0]): ActionError => {
  const e = groupbuyError(key)
  return new ActionError(e.code, e.message)
}

/** The caller as an active leader, looked up on every leader action. */
export async function requireLeader(db: Db | Tx, openid: string): Promise<LeaderDoc> {
  const leader = await findById<LeaderDoc>(db, 'leaders', openid)
  if (!leader || !leader.active) throw groupbuyRefusal('NOT_LEADER')
  return leader
}

export async function requireChain(db: Db | Tx, chainId: string): Promise<ChainDoc> {
  const chain = await findById<ChainDoc>(db, 'chains', chainId)
  if (!chain) throw groupbuyRefusal('NOT_FOUND')
  return chain
}

/** The leader's own chain; another leader's chain is refused as not theirs. */
export async function requireOwnChain(db: Db | Tx, chainId: string, openid: string): Promise<ChainDoc> {
  await requireLeader(db, openid)
  const chain = await requireChain(db, chainId)
  if (chain.leaderId !== openid) throw groupbuyRefusal('NOT_LEADER')
  return chain
}

