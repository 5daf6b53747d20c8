import { ok, type Result } from '../result'
import { orderError } from './errors'
import type { Fulfilment, OrderEvent, OrderStatus } from './types'

/** What members read for each status. */
export const ORDER_STATUS_LABELS: Record<OrderStatus, string> = {
  unpaid: '待付款',
  paid: '已付款',
  awaiting_pickup: '待取货',
  picked_up: '已取货',
  shipped: '已发货',
  completed: '已完成',
  cancelled: '已取消',
  refunding: '退款中',
  refunded: '已退款',
}

type Kind = Fulfilment['kind']
type Row = Partial<Record<OrderEvent, OrderStatus | { pickup?: OrderStatus; delivery?: OrderStatus }>>

/**
 * THE order state machine, one table:
 * - store pickup: 待付款 → 已付款 → 待取货 → 已取货 → 已完成;
 * - delivery: 待付款 → 已付款 → 已发货 → 已完成;
 * - 已取消 from 待付款 only (cancel by the member, expire by the 15-minute timer);
 * - 退款中 from any paid state; a rejected request, and a settled partial refund, go back
 *   where the order was (the caller keeps that status); a settled full refund ends in 已退款.
 */
const TABLE: Record<OrderStatus, Row> = {
  unpaid: { pay: 'paid', cancel: 'cancelled', expire: 'cancelled' },
  paid: { prepare: { pickup: 'awaiting_pickup' }, ship: { delivery: 'shipped' }, request_refund: 'refunding' },
  awaiting_pickup: { pickup: { pickup: 'picked_up' }, request_refund: 'refunding' },
  picked_up: { complete: 'completed', request_refund: 'refunding' },
  shipped: { complete: 'completed', request_refund: 'refunding' },
  completed: { request_refund: 'refunding' },
  cancelled: {},
  refunding: { settle_refund: 'refunded' },
  refunded: {},
}

/**
 * The status after `event`, or ORDER.BAD_STATE. `reject_refund` and `settle_partial_refund`
 * need the status the order had before the request (`before`), since 退款中 can come from several.
 */
export function nextStatus(status: OrderStatus, event: OrderEvent, kind: Kind, before?: OrderStatus): Result<OrderStatus> {
  if (event === 'reject_refund' || event === 'settle_partial_refund') return status === 'refunding' && before && before !== 'refunding' ? ok(before) : orderError('BAD_STATE')
  const target = TABLE[status]?.[event]
  const to = typeof target === 'string' ? target : target?.[kind]
  return to ? ok(to) : orderError('BAD_STATE')
}

export const canHappen = (status: OrderStatus, event: OrderEvent, kind: Kind): boolean => nextStatus(status, event, kind).ok

/** The order list's tabs and the statuses each shows. */
export const ORDER_TABS = {
  待付款: ['unpaid'],
  待取货: ['paid', 'awaiting_pickup', 'shipped'],
  已完成: ['picked_up', 'completed'],
  '退款/售后': ['refunding', 'refunded'],
} as const satisfies Record<string, readonly OrderStatus[]>

export type OrderTab = keyof typeof ORDER_TABS
