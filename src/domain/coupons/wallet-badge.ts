import { businessDay, daysBetween } from '../time'
import { walletTab } from './wallet-tab'
import type { Coupon } from './types'

export type WalletBadge = '今天过期' | '明天过期' | '2天后过期' | '3天后过期'

/**
 * The expiry nudge on a usable coupon, counted in Shanghai business days (a coupon ending
 * tonight at 23:59:59.999 is 今天过期 all day). Only within 3 days; otherwise null.
 */
export function walletBadge(c: Coupon, now: Date): WalletBadge | null {
  if (walletTab(c, now) !== '可使用') return null
  const days = daysBetween(businessDay(now), businessDay(c.validTo))
  if (days === 0) return '今天过期'
  if (days === 1) return '明天过期'
  if (days === 2 || days === 3) return `${days}天后过期`
  return null
}
