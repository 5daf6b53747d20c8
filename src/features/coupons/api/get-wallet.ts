import type { WalletCoupon } from '@/contracts/coupon'
import { callCloud, type CallOptions } from '@/lib/cloud'
import { useCloudQuery } from '@/lib/use-cloud-query'

export type { WalletCoupon }
export type WalletTab = WalletCoupon['tab']
export const WALLET_TABS: readonly WalletTab[] = ['可使用', '已使用', '已过期']

/** One tab of the wallet, soonest expiry first (the server's order), and every tab's count. */
export const getWallet = (tab: WalletTab, options?: CallOptions) => callCloud('coupon', 'wallet', { tab }, options)

export const useWallet = (tab: WalletTab) => useCloudQuery(`wallet:${tab}`, () => getWallet(tab, { silent: true }))
