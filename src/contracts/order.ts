import * as z from 'zod/mini'
import { defineActions, fenSchema, idSchema, requestIdSchema } from './contract'
import { isoTime } from './common'
import { cartLine } from './catalog'

/** Order numbers are also WeChat Pay's out_trade_no: digits only, at most 32. */
export const orderIdSchema = z.string().check(z.regex(/^\d{12,32}$/, '订单号格式不正确'))

export const orderStatuses = ['unpaid', 'paid', 'awaiting_pickup', 'picked_up', 'shipped', 'completed', 'cancelled', 'refunding', 'refunded'] as const
export const orderTabs = ['待付款', '待取货', '已完成', '退款/售后'] as const

const address = z.object({
  name: z.string().check(z.minLength(1), z.maxLength(20)),
  phone: z.string().check(z.regex(/^1\d{10}$/, '手机号格式不正确')),
  region: z.string().check(z.minLength(1), z.maxLength(50)),
  detail: z.string().check(z.minLength(1), z.maxLength(100)),
})

export const fulfilment = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('pickup'), storeId: idSchema }),
  z.object({ kind: z.literal('delivery'), address }),
])
export type FulfilmentInput = z.infer<typeof fulfilment>

/** What the checkout page sends to preview and to create. */
const checkout = {
  lines: z.array(cartLine).check(z.minLength(1), z.maxLength(50)),
  fulfilment,
  /** Absent: the best coupon; null: no coupon; an id: that coupon. */
  couponId: z.optional(z.nullable(idSchema)),
  usePoints: z._default(z.boolean(), false),
}

export const orderLine = z.object({
  skuId: z.string(),
  productId: z.string(),
  name: z.string(),
  skuName: z.string(),
  image: z.string(),
  quantity: z.int(),
  listPriceFen: fenSchema,
  unitPriceFen: fenSchema,
  lineFen: fenSchema,
})
export type OrderLine = z.infer<typeof orderLine>

/** payable + coupon + points = subtotal, whole fen. */
export const money = z.object({ subtotalFen: fenSchema, couponFen: fenSchema, pointsFen: fenSchema, pointsUsed: z.int(), payableFen: fenSchema })
export type Money = z.infer<typeof money>

const store = z.object({ storeId: z.string(), name: z.string(), address: z.string() })

export const orderView = z.object({
  orderId: z.string(),
  status: z.enum(orderStatuses),
  statusText: z.string(),
  fulfilment,
  /** The pickup store, for pickup orders. */
  store: z.nullable(store),
  lines: z.array(orderLine),
  money,
  coupon: z.nullable(z.object({ couponId: z.string(), title: z.string() })),
  createdAt: isoTime,
  payBy: isoTime,
  /** Seconds left to pay by server time (0 unless 待付款). */
  secondsToPay: z.int(),
  paidAt: z.nullable(isoTime),
  pickedUpAt: z.nullable(isoTime),
  cancelledAt: z.nullable(isoTime),
  cancelReason: z.nullable(z.string()),
  pointsEarned: z.int(),
  refundedFen: fenSchema,
  refund: z.nullable(
    z.object({ status: z.enum(['requested', 'approved', 'rejected', 'settled']), amountFen: fenSchema, reason: z.string(), requestedAt: isoTime, settledAt: z.nullable(isoTime), note: z.nullable(z.string()) }),
  ),
  /** A payment that reached an order already cancelled, refunded automatically. */
  latePayment: z.nullable(z.object({ amountFen: fenSchema, refunded: z.boolean() })),
  /** Delivery orders once shipped: the parcel, and when it completes by itself. */
  shipment: z.nullable(z.object({ expressCompany: z.string(), expressName: z.string(), trackingNo: z.string(), shippedAt: isoTime, autoCompleteAt: isoTime })),
  canCancel: z.boolean(),
  canRefund: z.boolean(),
  /** 确认收货: a shipped delivery order. */
  canComplete: z.boolean(),
  hasPickupCode: z.boolean(),
})
export type OrderView = z.infer<typeof orderView>

const couponOption = z.object({ couponId: z.string(), title: z.string(), discountFen: z.int() })

export const orderContracts = defineActions({
  /** The server's checkout numbers: the client shows the same from the same domain rules. */
  preview: {
    input: z.object(checkout),
    output: z.object({
      lines: z.array(orderLine),
      coupons: z.object({
        usable: z.array(couponOption),
        unusable: z.array(z.object({ couponId: z.string(), title: z.string(), reason: z.string() })),
        chosen: z.nullable(z.object({ couponId: z.string(), discountFen: z.int() })),
      }),
      points: z.object({ balance: z.int(), maxPoints: z.int(), maxFen: fenSchema, used: z.int(), fen: fenSchema }),
      money,
      store: z.nullable(store),
    }),
  },
  /**
   * Takes the stock, locks the coupon and holds the points, once per requestId.
   * `expectedPayableFen` (from the preview shown) refuses with ORDER.PRICE_CHANGED if the
   * price moved meanwhile.
   */
  create: {
    write: true,
    input: z.object({ ...checkout, requestId: requestIdSchema, expectedPayableFen: z.optional(fenSchema) }),
    output: z.object({ order: orderView }),
  },
  /** What the client needs to pay: WeChat's requestPayment parameters, or local mode. */
  pay: {
    input: z.object({ orderId: orderIdSchema }),
    output: z.object({ mode: z.enum(['wechat', 'local']), payment: z.nullable(z.record(z.string(), z.string())), order: orderView }),
  },
  /**
   * Local mode only (模拟支付): the simulated payment service pays the order and sends its
   * signed notification to the payment callback; `duplicate` sends it twice (模拟重复通知),
   * `late` lets the order time out first (模拟超时后到账).
   */
  'pay.simulate': {
    write: true,
    input: z.object({ requestId: requestIdSchema, orderId: orderIdSchema, duplicate: z._default(z.boolean(), false), late: z._default(z.boolean(), false) }),
    output: z.object({ notifications: z.array(z.object({ errcode: z.int(), errmsg: z.string() })), order: orderView }),
  },
  /** Member: cancel an unpaid order; stock, coupon and points come back. */
  cancel: { write: true, input: z.object({ requestId: requestIdSchema, orderId: orderIdSchema }), output: z.object({ order: orderView }) },
  list: {
    input: z.object({
      tab: z.optional(z.enum(orderTabs)),
      /** createdAt (ISO) of the last order of the previous page. */
      cursor: z.optional(z.nullable(isoTime)),
      limit: z._default(z.int().check(z.minimum(1), z.maximum(20)), 10),
    }),
    output: z.object({ items: z.array(orderView), nextCursor: z.nullable(isoTime), now: isoTime }),
  },
  detail: { input: z.object({ orderId: orderIdSchema }), output: z.object({ order: orderView, now: isoTime }) },
  /** The pickup code of a paid pickup order: QR (signed) and a short number, rotating like the member code. */
  'pickup.code': {
    input: z.object({ orderId: orderIdSchema }),
    output: z.object({ code: z.string(), shortCode: z.string(), issuedAt: isoTime, expiresAt: isoTime, refreshAfterMs: z.int() }),
  },
  /** Staff: verify a scanned or typed pickup code at the order's store; the order is picked up. */
  'pickup.verify': {
    write: true,
    input: z.object({ requestId: requestIdSchema, code: z.string().check(z.minLength(1), z.maxLength(200)) }),
    output: z.object({ order: orderView }),
  },
  /** Member: ask for a refund of `amountFen` (default: all that is left). */
  'refund.request': {
    write: true,
    input: z.object({ requestId: requestIdSchema, orderId: orderIdSchema, amountFen: z.optional(z.int().check(z.minimum(1), z.maximum(1_000_000_000))), reason: z.string().check(z.minLength(1), z.maxLength(200)) }),
    output: z.object({ order: orderView }),
  },
  /** Staff (of the order's store) or admin: approve or reject a refund request. */
  'refund.review': {
    write: true,
    input: z.object({ requestId: requestIdSchema, orderId: orderIdSchema, approve: z.boolean(), note: z.optional(z.string().check(z.maxLength(200))) }),
    output: z.object({ order: orderView }),
  },
  /** Staff or admin: refund requests waiting for review (the staff's store; admin: all). */
  'refund.pending': { input: z.object({}), output: z.object({ items: z.array(orderView) }) },
  /**
   * Staff of the store that ships delivery orders, or admin: a paid delivery order is
   * shipped with its parcel (WeChat's delivery company id, tracking number); the shipping
   * information is uploaded to WeChat so the payment's funds settle.
   */
  ship: {
    write: true,
    input: z.object({
      requestId: requestIdSchema,
      orderId: orderIdSchema,
      expressCompany: z.string().check(z.regex(/^[A-Za-z0-9_]{1,32}$/, '请选择快递公司')),
      trackingNo: z.string().check(z.regex(/^[A-Za-z0-9-]{4,64}$/, '快递单号格式不正确')),
    }),
    output: z.object({ order: orderView }),
  },
  /** Staff (their shipping store) or admin: paid delivery orders waiting to be shipped, oldest first. */
  'ship.pending': { input: z.object({ limit: z._default(z.int().check(z.minimum(1), z.maximum(50)), 50) }), output: z.object({ items: z.array(orderView) }) },
  /** Member, 确认收货: a shipped order is completed. */
  complete: { write: true, input: z.object({ requestId: requestIdSchema, orderId: orderIdSchema }), output: z.object({ order: orderView }) },
})
