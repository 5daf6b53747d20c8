/**
 * Orders: what a member buys from the catalog, how it is priced, and the states it moves
 * through. Money is integer fen; a SKU is one sellable variant of a product (5斤装).
 */

/** A sellable variant as the catalog stores it: list price, optional member prices by tier. */
export type SkuPrice = {
  skuId: string
  productId: string
  category: string
  priceFen: number
  /** Member price by tier code; a tier without one takes the nearest lower tier's price. */
  memberPrices?: Partial<Record<string, number>>
}

/** How the order reaches the member. */
export type Fulfilment = { kind: 'pickup'; storeId: string } | { kind: 'delivery'; address: DeliveryAddress }

export type DeliveryAddress = { name: string; phone: string; region: string; detail: string }

export type OrderStatus =
  | 'unpaid'
  | 'paid'
  | 'awaiting_pickup'
  | 'picked_up'
  | 'shipped'
  | 'completed'
  | 'cancelled'
  | 'refunding'
  | 'refunded'

/** What happens to an order; the transition table says which events each status allows. */
export type OrderEvent =
  | 'pay'
  | 'prepare'
  | 'pickup'
  | 'ship'
  | 'complete'
  | 'cancel'
  | 'expire'
  | 'request_refund'
  | 'reject_refund'
  | 'settle_partial_refund'
  | 'settle_refund'

/** One priced line of an order. */
export type PricedLine = {
  skuId: string
  productId: string
  category: string
  quantity: number
  listPriceFen: number
  /** The member's tier price (never above the list price). */
  unitPriceFen: number
  lineFen: number
}

/** Where every fen of the subtotal went: payable + coupon + points = subtotal. */
export type MoneyBreakdown = {
  subtotalFen: number
  couponFen: number
  pointsFen: number
  pointsUsed: number
  payableFen: number
}
