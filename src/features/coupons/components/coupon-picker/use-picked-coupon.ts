import { useEffect, useMemo, useState } from 'react'

export type PickedCoupon = { couponId: string; discountFen: number } | null
type Usable = { couponId: string; discountFen: number }

/**
 * Which usable coupon is ticked: the best one until the member picks another (or none).
 * A pick that stops being usable (the cart changed) falls back to the best.
 */
export function usePickedCoupon(usable: Usable[] | undefined, best: Usable | null | undefined, onChange?: (picked: PickedCoupon) => void) {
  const [choice, setChoice] = useState<string | 'none' | undefined>()
  const picked = useMemo<PickedCoupon>(() => {
    if (!usable) return null
    if (choice === 'none') return null
    const chosen = choice ? usable.find((u) => u.couponId === choice) : undefined
    const pick = chosen ?? best ?? null
    return pick ? { couponId: pick.couponId, discountFen: pick.discountFen } : null
  }, [usable, best, choice])

  const key = picked ? `${picked.couponId}:${picked.discountFen}` : 'none'
  useEffect(() => {
    onChange?.(picked)
  }, [key])

  return { picked, pick: (couponId: string | 'none') => setChoice(couponId) }
}
