import { callCloud, type CallOptions } from '@/lib/cloud'

/** The rotating in-store code of a coupon (store / both channels), valid until `expiresAt`. */
export const getCouponCode = (couponId: string, options?: CallOptions) => callCloud('coupon', 'code', { couponId }, options)
