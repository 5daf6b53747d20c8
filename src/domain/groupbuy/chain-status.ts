/**
 * A chain's life: draft → open → closed (the deadline passed, sold out, or the leader
 * closed it) → fulfilling → done. The deadline closes a chain by itself: an open chain
 * whose deadline has come is closed for every rule, even before anyone writes it down.
 */
import { ok, type Result } from '../result'
import { groupbuyError } from './errors'

export const chainStatuses = ['draft', 'open', 'closed', 'fulfilling', 'done'] as const
export type ChainStatus = (typeof chainStatuses)[number]
export type ChainEvent = 'open' | 'close' | 'fulfil' | 'finish'

const TRANSITIONS: Record<ChainEvent, { from: ChainStatus[]; to: ChainStatus }> = {
  open: { from: ['draft'], to: 'open' },
  close: { from: ['open'], to: 'closed' },
  fulfil: { from: ['closed'], to: 'fulfilling' },
  finish: { from: ['fulfilling'], to: 'done' },
}

export const CHAIN_STATUS_TEXT: Record<ChainStatus, string> = { draft: '草稿', open: '接龙中', closed: '已截团', fulfilling: '备货中', done: '已完成' }

/** The deadline holds to the millisecond: at the deadline instant the chain is closed. */
export const pastDeadline = (deadline: Date, now: Date): boolean => now.getTime() >= deadline.getTime()

/** The status as every rule sees it: an open chain past its deadline is closed. */
export function effectiveStatus(chain: { status: ChainStatus; deadline: Date }, now: Date): ChainStatus {
  return chain.status === 'open' && pastDeadline(chain.deadline, now) ? 'closed' : chain.status
}

export function nextChainStatus(current: ChainStatus, event: ChainEvent): Result<ChainStatus> {
  const t = TRANSITIONS[event]
  return t.from.includes(current) ? ok(t.to) : groupbuyError('BAD_STATE')
}

/** Joining, changing or cancelling an entry is possible only while the chain is open. */
export function checkJoinable(chain: { status: ChainStatus; deadline: Date }, now: Date): Result<true> {
  const status = effectiveStatus(chain, now)
  if (status === 'draft') return groupbuyError('NOT_OPEN')
  if (status !== 'open') return groupbuyError('CLOSED')
  return ok(true)
}
