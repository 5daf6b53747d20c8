import { useState } from 'react'
import { lookupMember, type LookedUpMember } from '../api/lookup-member'
import { awardPoints, giftCoupon, redeemCoupon, verifyOrderPickup, verifyPickup, type TillOutcome } from '../api/till'
import { classifyScan, cleanScan } from '../logic/classify-scan'
import { useSingleFlight } from '@/lib/use-single-flight'

export interface Scanned {
  code: string
  offers: LookedUpMember
  /** The member code is used up by the first award or gift: the next one needs a new scan. */
  codeUsed: boolean
}

/**
 * The workspace's state: one code box, the member it found, and the outcome of the last
 * action. Every action goes through one single-flight runner: a second tap is ignored.
 */
export function useTill() {
  const [scanned, setScanned] = useState<Scanned>()
  const [outcome, setOutcome] = useState<TillOutcome>()
  const flight = useSingleFlight(async (work: () => Promise<TillOutcome | undefined>) => work())

  const act = async (work: () => Promise<TillOutcome | undefined>) => {
    setOutcome(undefined)
    const result = await flight.run(work)
    if (result) setOutcome(result)
    return result
  }

  const onCode = (raw: string) => {
    const code = cleanScan(raw)
    const kind = classifyScan(code)
    if (kind === 'member') {
      return act(async () => {
        setScanned({ code, offers: await lookupMember(code), codeUsed: false })
        return undefined
      })
    }
    setScanned(undefined)
    if (kind === 'coupon') return act(() => redeemCoupon(code))
    if (kind === 'order') return act(() => verifyOrderPickup(code))
    return act(() => verifyPickup(code))
  }

  const withMemberCode = async (work: (code: string) => Promise<TillOutcome>) => {
    if (!scanned) return
    const result = await act(() => work(scanned.code))
    if (result) {
      setScanned((s) => s && { ...s, codeUsed: true, offers: { ...s.offers, member: { ...s.offers.member, points: result.balance ?? s.offers.member.points } } })
    }
  }

  return {
    scanned,
    outcome,
    error: flight.error,
    pending: flight.pending,
    onCode,
    award: (paidFen: number, receiptNo: string) => withMemberCode((code) => awardPoints(code, paidFen, receiptNo)),
    gift: (templateId: string) => withMemberCode((code) => giftCoupon(code, templateId)),
    redeem: async (redeemCode: string) => {
      const result = await act(() => redeemCoupon(redeemCode))
      if (result) setScanned((s) => s && { ...s, offers: { ...s.offers, coupons: s.offers.coupons.filter((c) => c.redeemCode !== redeemCode) } })
    },
  }
}
