import { callCloud, type CallOptions } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

/** One of the member's coupons with its full rules; someone else's is COUPON.NOT_FOUND. */
export const getCouponDetail = (couponId: string, options?: CallOptions) => callCloud('coupon', 'detail', { couponId }, options)

export const useCouponDetail = (couponId: string) =>
  useCloudQuery(`detail:${couponId}`, () => getCouponDetail(couponId, { silent: true }), !!couponId)
