import { useCallback, useRef, useState } from 'react'
import type { WalletCoupon } from '@/contracts/coupon'
import { CommonCodes } from '@/contracts/envelope'
import { callCloud, isCloudError } from '@/lib/cloud'

export type { WalletCoupon }

/** Claims one coupon of a template. The client adds the requestId: a retry claims once. */
export const claimCoupon = (templateId: string) => callCloud('coupon', 'claim', { templateId })

export type ClaimOutcome = { ok: true; coupon: WalletCoupon } | { ok: false; code: string }

/**
 * Claiming from a list: one claim per template at a time (a double tap sends one request),
 * `pending` for the button, and whether the last refusal was "join first".
 * Refusals are toasted by the cloud client (「请先加入会员」, 「已抢光」…).
 */
export function useClaimCoupon() {
  const inFlight = useRef(new Set<string>())
  const [pending, setPending] = useState<ReadonlySet<string>>(new Set())
  const [needsJoin, setNeedsJoin] = useState(false)

  const track = (templateId: string, on: boolean) => {
    if (on) inFlight.current.add(templateId)
    else inFlight.current.delete(templateId)
    setPending(new Set(inFlight.current))
  }

  const claim = useCallback(async (templateId: string): Promise<ClaimOutcome | null> => {
    if (inFlight.current.has(templateId)) return null
    track(templateId, true)
    try {
      const { coupon } = await claimCoupon(templateId)
      return { ok: true, coupon }
    } catch (e) {
      const code = isCloudError(e) ? e.code : 'COMMON.INTERNAL'
      if (code === CommonCodes.NOT_MEMBER) setNeedsJoin(true)
      return { ok: false, code }
    } finally {
      track(templateId, false)
    }
  }, [])

  return { claim, pending, needsJoin }
}
