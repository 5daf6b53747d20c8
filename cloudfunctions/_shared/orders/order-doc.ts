/**
 * The order as stored (collection `orders`, _id = order number = WeChat Pay's
 * out_trade_no), and reading one that belongs to the caller. Every state change goes
 * through the transition table in domain/orders and is written in one transaction with
 * what it moves (stock, coupon, points), so each of those happens exactly once.
 */
import { nextStatus, type Fulfilment, type MoneyBreakdown, type OrderEvent, type OrderStatus } from '@/domain/orders'
import { unwrap } from '../action-error'
import { findById, type Db, type Tx } from '../db'
import { orderRefusal } from './refusal'
import type { OrderSource } from './order-source'
import { sourceMovedInTx } from './order-moved'

export interface StoredLine {
  skuId: string
  productId: string
  category: string
  name: string
  skuName: string
  image: string
  quantity: number
  listPriceFen: number
  unitPriceFen: number
  lineFen: number
}

export interface RefundState {
  status: 'requested' | 'approved' | 'rejected' | 'settled' | 'failed'
  amountFen: number
  reason: string
  requestedAt: Date
  reviewedBy: string | null
  note: string | null
  outRefundNo: string | null
  settledAt: Date | null
}

export interface Shipment {
  /** WeChat's delivery company id (get_delivery_list), e.g. SF, ZTO, YTO. */
  expressCompany: string
  trackingNo: string
  shippedAt: Date
  shippedBy: string
  /** When it completes by itself if the member does not confirm (order timer autoComplete). */
  autoCompleteAt: Date
  /** When WeChat's shipping information was uploaded (null: not yet, a replay tries again). */
  uploadedAt: Date | null
}

export interface OrderDoc {
  _id: string
  memberId: string
  requestId: string
  status: OrderStatus
  /** Where a refund request came from, so a rejection goes back there. */
  statusBefore: OrderStatus | null
  fulfilment: Fulfilment
  /** The pickup store, or null for delivery (indexed for staff's lists). */
  storeId: string | null
  lines: StoredLine[]
  money: MoneyBreakdown
  couponId: string | null
  couponTitle: string | null
  createdAt: Date
  payBy: Date
  paidAt: Date | null
  transactionId: string | null
  pickedUpAt: Date | null
  pickedUpBy: string | null
  completedAt?: Date | null
  cancelledAt: Date | null
  cancelReason: string | null
  pointsEarned: number
  pointsReversed: number
  growthEarned: number
  refundedFen: number
  refundCount: number
  refund: RefundState | null
  latePayment: { transactionId: string; amountFen: number; outRefundNo: string; refunded: boolean } | null
  /** Delivery orders: the store that ships them (settings brand.deliveryStoreId when created). */
  shipFrom?: string | null
  /** Set by order.ship: the parcel as uploaded to WeChat's shipping information. */
  shipment?: Shipment | null
  /** Made by another module (flash sale, group buy) at its price; null for cart orders. */
  source?: OrderSource | null
  history: { status: OrderStatus; at: Date; by: string }[]
}

export const notFound = () => orderRefusal('NOT_FOUND', '订单不存在')

/** The caller's own order; someone else's order is "not found", never "forbidden". */
export async function requireOwnOrder(db: Db | Tx, orderId: string, memberId: string): Promise<OrderDoc> {
  const order = await findById<OrderDoc>(db, 'orders', orderId)
  if (!order || order.memberId !== memberId) throw notFound()
  return order
}

export async function requireOrder(db: Db | Tx, orderId: string): Promise<OrderDoc> {
  const order = await findById<OrderDoc>(db, 'orders', orderId)
  if (!order) throw notFound()
  return order
}

/** The order after `event` (by whom, when), per the transition table; ORDER.BAD_STATE otherwise. */
export function moved(order: OrderDoc, event: OrderEvent, by: string, now: Date): OrderDoc {
  const status = unwrap(nextStatus(order.status, event, order.fulfilment.kind, order.statusBefore ?? undefined))
  return { ...order, status, history: [...order.history, { status, at: now, by }] }
}

/**
 * Writes the whole order back in the caller's transaction, and lets the module that made
 * it follow (order-moved.ts) in that same transaction.
 */
export async function saveOrder(tx: Tx, order: OrderDoc): Promise<OrderDoc> {
  const { _id, ...rest } = order
  await tx.collection('orders').doc(_id).set({ data: { ...rest } })
  await sourceMovedInTx(tx, order)
  return order
}
