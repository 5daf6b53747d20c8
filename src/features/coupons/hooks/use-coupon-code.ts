import { useCallback, useEffect, useState } from 'react'
import { isCloudError } from '@/lib/cloud'
import { getCouponCode } from '../api/get-coupon-code'
import { placeCode, type TimedCode } from './code-timing'
import { usePageVisible } from '@/lib/use-page-visible'

/** After a network hiccup, try again this soon; a business refusal stops the rotation. */
const RETRY_MS = 5000

export interface CouponCodeState {
  code: TimedCode | undefined
  /** Why there is no fresh code (「该券当前不可用」…). */
  error: string | undefined
  refresh: () => void
}

/**
 * The in-store code of a coupon, fetched again every `refreshAfterMs` while the page is on
 * screen. `onRefused` hears business refusals (e.g. the coupon was just used at the till).
 */
export function useCouponCode(couponId: string, enabled: boolean, onRefused?: () => void): CouponCodeState {
  const visible = usePageVisible()
  const [code, setCode] = useState<TimedCode>()
  const [error, setError] = useState<string>()
  const [retryAt, setRetryAt] = useState<number>()

  const refresh = useCallback(async () => {
    try {
      const reply = await getCouponCode(couponId, { silent: true })
      setCode(placeCode(reply, Date.now()))
      setError(undefined)
      setRetryAt(undefined)
    } catch (e) {
      const business = isCloudError(e) && !e.code.startsWith('NETWORK.') && e.code !== 'COMMON.BUSY'
      setError(isCloudError(e) ? e.message : '券码获取失败')
      setRetryAt(business ? undefined : Date.now() + RETRY_MS)
      if (business) {
        setCode(undefined)
        onRefused?.()
      }
    }
  }, [couponId, onRefused])

  useEffect(() => {
    if (!enabled || !visible) return
    const due = code && !error ? code.refreshAt : retryAt
    if (due === undefined && (code || error)) return
    const wait = Math.max(0, (due ?? 0) - Date.now())
    const id = setTimeout(() => void refresh(), wait)
    return () => clearTimeout(id)
  }, [enabled, visible, code, error, retryAt, refresh])

  return { code, error, refresh: () => void refresh() }
}
