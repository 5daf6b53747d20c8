import { useCallback, useEffect, useState } from 'react'
import { isCloudError } from '@/lib/cloud'
import { getPickupCode } from '../api/orders'
import { serverClock, type ServerClock } from '../model/countdown'

/** After a network hiccup, try again this soon; a business refusal (picked up meanwhile) stops. */
const RETRY_MS = 5000

export interface PickupCode {
  code: string
  shortCode: string
  expiresAt: string
  clock: ServerClock
  /** Device-clock ms when to fetch the next one. */
  refreshAt: number
}

/**
 * The rotating pickup code of a paid pickup order while `active` (page on screen): fetched
 * again every `refreshAfterMs`; the expiry countdown runs on the server's clock.
 */
export function usePickupCode(orderId: string, active: boolean, onRefused?: () => void) {
  const [code, setCode] = useState<PickupCode>()
  const [error, setError] = useState<string>()
  const [retryAt, setRetryAt] = useState<number>()

  const refresh = useCallback(async () => {
    try {
      const reply = await getPickupCode(orderId)
      const receivedAt = Date.now()
      setCode({ ...reply, clock: serverClock(reply.issuedAt, receivedAt), refreshAt: receivedAt + reply.refreshAfterMs })
      setError(undefined)
      setRetryAt(undefined)
    } catch (e) {
      const business = isCloudError(e) && !e.code.startsWith('NETWORK.') && e.code !== 'COMMON.BUSY'
      setError(isCloudError(e) ? e.message : '提货码获取失败')
      setRetryAt(business ? undefined : Date.now() + RETRY_MS)
      if (business) {
        setCode(undefined)
        onRefused?.()
      }
    }
  }, [orderId, onRefused])

  useEffect(() => {
    if (!active) return
    const due = code && !error ? code.refreshAt : retryAt
    if (due === undefined && (code || error)) return
    const id = setTimeout(() => void refresh(), Math.max(0, (due ?? 0) - Date.now()))
    return () => clearTimeout(id)
  }, [active, code, error, retryAt, refresh])

  return { code, error, refresh: () => void refresh() }
}
