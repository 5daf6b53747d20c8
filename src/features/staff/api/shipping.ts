import { callOrder } from '@/lib/order-client'
import type { OrderView } from '@/contracts/order'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { OrderView }

/** Paid delivery orders of the staff's shipping store (admin: all), oldest payment first. */
export const getOrdersToShip = () => callOrder('order', 'ship.pending', {}, { silent: true })
export const useOrdersToShip = () => useCloudQuery('order.ship.pending', getOrdersToShip)

/** 发货: the cloud client keeps one requestId per (order, parcel), so a retry replays the first answer. */
export const shipOrder = (orderId: string, expressCompany: string, trackingNo: string) =>
  callOrder('order', 'ship', { orderId, expressCompany, trackingNo }, { silent: true })
