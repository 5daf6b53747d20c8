import type { CenterItem } from '@/contracts/coupon'
import { callCloud, type CallOptions } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { CenterItem }
export type ClaimState = CenterItem['state']

/** 领券中心: every template on offer, with progress and the button this member sees. */
export const getCouponCenter = (options?: CallOptions) => callCloud('coupon', 'center', {}, options)

/** Errors are shown by the screen (silent call), not as a toast over an empty page. */
export const useCouponCenter = () => useCloudQuery('center', () => getCouponCenter({ silent: true }))
