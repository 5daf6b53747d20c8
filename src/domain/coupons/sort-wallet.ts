import { compareIds } from './coupon-status'
import { walletTab, type WalletTab } from './wallet-tab'
import type { Coupon } from './types'

const TAB_ORDER: Record<WalletTab, number> = { 可使用: 0, 已使用: 1, 已过期: 2 }

/**
 * Wallet order: usable coupons first, soonest expiry first (use them before they are lost);
 * then used and expired ones, most recent first. Ties by id, for a stable list.
 */
export function sortWallet(coupons: Coupon[], now: Date): Coupon[] {
  const keyed = coupons.map((c) => ({ c, tab: walletTab(c, now) }))
  keyed.sort((a, b) => {
    if (a.tab !== b.tab) return TAB_ORDER[a.tab] - TAB_ORDER[b.tab]
    const at = (a.c.usedAt ?? a.c.validTo).getTime()
    const bt = (b.c.usedAt ?? b.c.validTo).getTime()
    if (at !== bt) return a.tab === '可使用' ? at - bt : bt - at
    return compareIds(a.c, b.c)
  })
  return keyed.map((k) => k.c)
}
