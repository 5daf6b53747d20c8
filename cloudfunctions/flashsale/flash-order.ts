/**
 * A reservation is an unpaid order of the orders module, at the flash price, to be paid
 * within 5 minutes; its source tells the orders module what to give back when it expires
 * or is cancelled (the shard's units and the member's held units), instead of SKU stock.
 */
import { secondsToPay } from '@/domain/orders'
import { unpaidOrder } from '../_shared/orders/new-order'
import type { OrderDoc } from '../_shared/orders/order-doc'
import type { FlashItemDoc } from './flash-docs'
import { heldField } from './member-claim'

export const FLASH_PAY_WINDOW_MS = 5 * 60_000

export interface FlashOrderInput {
  orderId: string
  item: FlashItemDoc
  openid: string
  requestId: string
  quantity: number
  storeId: string
  shardId: string
  now: Date
}

export function flashOrder(o: FlashOrderInput): OrderDoc {
  const { item, quantity } = o
  const lineFen = item.flashPriceFen * quantity
  return unpaidOrder({
    orderId: o.orderId,
    memberId: o.openid,
    requestId: o.requestId,
    fulfilment: { kind: 'pickup', storeId: o.storeId },
    storeId: o.storeId,
    lines: [
      { skuId: item.skuId, productId: item.productId, category: item.category, name: item.name, skuName: item.skuName, image: item.image, quantity, listPriceFen: item.listPriceFen, unitPriceFen: item.flashPriceFen, lineFen },
    ],
    money: { subtotalFen: lineFen, couponFen: 0, pointsFen: 0, pointsUsed: 0, payableFen: lineFen },
    payBy: new Date(o.now.getTime() + FLASH_PAY_WINDOW_MS),
    now: o.now,
    source: {
      kind: 'flashsale',
      refId: item._id,
      returns: [
        { collection: 'flash_shards', id: o.shardId, field: 'stock', amount: quantity },
        { collection: 'members', id: o.openid, field: heldField(item._id), amount: -quantity },
      ],
    },
  })
}

/** The reply of reserve, from the order (a replay answers from the order the first call made). */
export function reservationView(order: OrderDoc, now: Date) {
  const payBy = new Date(order.payBy)
  return {
    orderId: order._id,
    itemId: order.source?.refId ?? '',
    quantity: order.lines[0]?.quantity ?? 0,
    payableFen: order.money.payableFen,
    payBy: payBy.toISOString(),
    secondsToPay: order.status === 'unpaid' ? secondsToPay(payBy, now) : 0,
  }
}
