import type { OrderView } from '@/contracts/order'
import { canHappen, expressName, ORDER_STATUS_LABELS, secondsToPay } from '@/domain/orders'
import type { Db } from '../_shared/db'
import type { OrderDoc } from '../_shared/orders/order-doc'
import { storeView, type StoreDoc } from './checkout'

const iso = (d: Date | null | undefined) => (d ? new Date(d).toISOString() : null)

/** The order as the member (and staff) see it. */
export function toOrderView(o: OrderDoc, now: Date, store: StoreDoc | null): OrderView {
  const kind = o.fulfilment.kind
  return {
    orderId: o._id,
    status: o.status,
    statusText: ORDER_STATUS_LABELS[o.status],
    fulfilment: o.fulfilment,
    store: storeView(store),
    lines: o.lines.map(({ category: _c, ...l }) => l),
    money: o.money,
    coupon: o.couponId ? { couponId: o.couponId, title: o.couponTitle ?? '' } : null,
    createdAt: iso(o.createdAt)!,
    payBy: iso(o.payBy)!,
    secondsToPay: o.status === 'unpaid' ? secondsToPay(new Date(o.payBy), now) : 0,
    paidAt: iso(o.paidAt),
    pickedUpAt: iso(o.pickedUpAt),
    cancelledAt: iso(o.cancelledAt),
    cancelReason: o.cancelReason,
    pointsEarned: o.pointsEarned,
    refundedFen: o.refundedFen,
    refund: o.refund
      ? { status: o.refund.status === 'failed' ? 'approved' : o.refund.status, amountFen: o.refund.amountFen, reason: o.refund.reason, requestedAt: iso(o.refund.requestedAt)!, settledAt: iso(o.refund.settledAt), note: o.refund.note }
      : null,
    latePayment: o.latePayment ? { amountFen: o.latePayment.amountFen, refunded: o.latePayment.refunded } : null,
    shipment: o.shipment
      ? { expressCompany: o.shipment.expressCompany, expressName: expressName(o.shipment.expressCompany), trackingNo: o.shipment.trackingNo, shippedAt: iso(o.shipment.shippedAt)!, autoCompleteAt: iso(o.shipment.autoCompleteAt)! }
      : null,
    canCancel: canHappen(o.status, 'cancel', kind),
    canRefund: canHappen(o.status, 'request_refund', kind) && o.refundedFen < o.money.payableFen,
    hasPickupCode: o.status === 'awaiting_pickup',
    canComplete: o.status === 'shipped',
  }
}

/** Views of several orders, with their stores read once. */
export async function orderViews(db: Db, orders: OrderDoc[], now: Date): Promise<OrderView[]> {
  const ids = [...new Set(orders.map((o) => o.storeId).filter((id): id is string => !!id))]
  const stores = ids.length ? ((await db.collection('stores').where({ _id: db.command.in(ids) }).limit(100).get()).data as StoreDoc[]) : []
  return orders.map((o) => toOrderView(o, now, stores.find((s) => s._id === o.storeId) ?? null))
}

export const orderView = async (db: Db, order: OrderDoc, now: Date) => (await orderViews(db, [order], now))[0]
