import type { CartLine } from '@/domain/coupons'
import { callCloud, type CallOptions } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type CheckoutChannel = 'online' | 'store'
export interface ApplicableQuery {
  lines: CartLine[]
  channel: CheckoutChannel
  storeId?: string
}

/** Which of the member's coupons fit this cart, the best one, and why the others do not. */
export const getApplicableCoupons = (query: ApplicableQuery, options?: CallOptions) => callCloud('coupon', 'applicable', query, options)

/** Re-asked whenever the cart changes (its content is the cache key). */
export const useApplicableCoupons = (query: ApplicableQuery) =>
  useCloudQuery(`applicable:${JSON.stringify(query)}`, () => getApplicableCoupons(query, { silent: true }), query.lines.length > 0)
