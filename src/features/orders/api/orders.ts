import { callOrder } from '@/lib/order-client'
import type { ResultOf } from '@/lib/cloud-types'
import type { orderContracts, OrderView } from '@/contracts/order'
import type { CartLineInput } from '@/contracts/catalog'
import type { FulfilmentInput } from '@/contracts/order'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { OrderView }
export type OrderPreview = ResultOf<(typeof orderContracts)['preview']>

export interface CheckoutDraft {
  lines: CartLineInput[]
  fulfilment: FulfilmentInput
  /** undefined: the best coupon; null: none; an id: that coupon. */
  couponId?: string | null
  usePoints: boolean
}

/** The server's checkout numbers for what the page shows; re-asked when anything changes. */
export const previewOrder = (draft: CheckoutDraft) => callOrder('order', 'preview', draft, { silent: true })
export const useOrderPreview = (draft: CheckoutDraft | undefined) =>
  useCloudQuery(`order.preview:${JSON.stringify(draft ?? null)}`, () => previewOrder(draft as CheckoutDraft), !!draft && draft.lines.length > 0)

/**
 * Places the order. The cloud client keys the requestId by the payload, so a retry of the
 * same checkout (lost reply, second tap after a timeout) replays the first order.
 */
export const createOrder = (draft: CheckoutDraft, expectedPayableFen: number) =>
  callOrder('order', 'create', { ...draft, expectedPayableFen }, { silent: true })

export const startPayment = (orderId: string) => callOrder('order', 'pay', { orderId }, { loading: '正在拉起支付' })

export const simulatePayment = (orderId: string, duplicate: boolean, late: boolean) =>
  callOrder('order', 'pay.simulate', { orderId, duplicate, late }, { silent: true })

export const cancelOrder = (orderId: string) => callOrder('order', 'cancel', { orderId })

/** 确认收货 of a shipped order. */
export const completeOrder = (orderId: string) => callOrder('order', 'complete', { orderId })

export const requestRefund = (orderId: string, reason: string, amountFen?: number) =>
  callOrder('order', 'refund.request', { orderId, reason, amountFen }, { silent: true })

export const getOrder = (orderId: string) => callOrder('order', 'detail', { orderId }, { silent: true })
export const useOrder = (orderId: string) => useCloudQuery(`order.detail:${orderId}`, () => getOrder(orderId), !!orderId)

export const getPickupCode = (orderId: string) => callOrder('order', 'pickup.code', { orderId }, { silent: true })
