import type { ScopeProduct } from '@/contracts/coupon'
import { callCloud, type CallOptions } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { ScopeProduct }

/** The products one of the member's coupons applies to. */
export const getCouponProducts = (couponId: string, options?: CallOptions) => callCloud('coupon', 'products', { couponId }, options)

export const useCouponProducts = (couponId: string) =>
  useCloudQuery(`products:${couponId}`, () => getCouponProducts(couponId, { silent: true }), !!couponId)
