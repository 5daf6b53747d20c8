import { isPastValidity, lockHeld } from './coupon-status'
import type { Coupon } from './types'

export type WalletTab = '可使用' | '已使用' | '已过期'

/**
 * The wallet tab a coupon shows under. Expiry is read from validTo too, so a coupon the
 * timer has not reached yet already shows as 已过期. A coupon held by an unpaid order
 * stays under 可使用 (the order may be cancelled).
 */
export function walletTab(c: Coupon, now: Date): WalletTab {
  if (c.status === 'used') return '已使用'
  if (c.status === 'expired') return '已过期'
  if (isPastValidity(c, now) && !lockHeld(c, now)) return '已过期'
  return '可使用'
}
