/**
 * A new unpaid order as the orders module stores it. order.create fills it from the
 * cart's checkout; other modules (flash sale, group buy) fill it with a price of their
 * own and a `source` (see order-source.ts), and add it in one write.
 */
import { randomInt } from 'node:crypto'
import type { Fulfilment, MoneyBreakdown } from '@/domain/orders'
import type { OrderDoc, StoredLine } from './order-doc'
import type { OrderSource } from './order-source'

/** Order number: Shanghai time to the second + 8 random digits; also WeChat Pay's out_trade_no. */
export function newOrderId(now: Date): string {
  const wall = new Date(now.getTime() + 8 * 3600_000).toISOString().replace(/\D/g, '').slice(2, 14)
  return `${wall}${String(randomInt(0, 100_000_000)).padStart(8, '0')}`
}

export interface NewOrder {
  orderId: string
  memberId: string
  requestId: string
  fulfilment: Fulfilment
  storeId: string | null
  lines: StoredLine[]
  money: MoneyBreakdown
  couponId?: string | null
  couponTitle?: string | null
  payBy: Date
  now: Date
  source?: OrderSource | null
}

export function unpaidOrder(o: NewOrder): OrderDoc {
  return {
    _id: o.orderId,
    memberId: o.memberId,
    requestId: o.requestId,
    status: 'unpaid',
    statusBefore: null,
    fulfilment: o.fulfilment,
    storeId: o.storeId,
    lines: o.lines,
    money: o.money,
    couponId: o.couponId ?? null,
    couponTitle: o.couponTitle ?? null,
    createdAt: o.now,
    payBy: o.payBy,
    paidAt: null,
    transactionId: null,
    pickedUpAt: null,
    pickedUpBy: null,
    cancelledAt: null,
    cancelReason: null,
    pointsEarned: 0,
    pointsReversed: 0,
    growthEarned: 0,
    refundedFen: 0,
    refundCount: 0,
    refund: null,
    latePayment: null,
    source: o.source ?? null,
    history: [{ status: 'unpaid', at: o.now, by: o.memberId }],
  }
}
