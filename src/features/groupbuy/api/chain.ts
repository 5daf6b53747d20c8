import { callOrder } from '@/lib/order-client'
import Taro from '@tarojs/taro'
import { callGroupbuy } from '@/features/groupbuy/api/call-groupbuy'
import { useCloudQuery } from '@/lib/use-cloud-query'
import type { ChainView, EntryView, MyEntry } from '@/contracts/groupbuy'

export type { ChainView, EntryView, MyEntry }

/** The chain page's data: the chain, the paid entries in number order, mine, the share card. */
export const getChain = (chainId: string) => callGroupbuy('groupbuy', 'get', { chainId }, { silent: true })

export function useChain(chainId: string) {
  const query = useCloudQuery(`chain:${chainId}`, () => getChain(chainId), !!chainId)
  return { ...query, data: query.data ?? query.latest }
}

export type JoinLines = { key: string; quantity: number }[]
export type Membership = { couponId: string | null; usePoints: boolean }

/** The next page of the entry list, after entry number `afterNo`. */
export const getEntries = (chainId: string, afterNo: number) => callGroupbuy('groupbuy', 'entries', { chainId, afterNo, limit: 50 }, { silent: true })

/** What joining costs by the checkout's rule; `couponId` undefined previews the best coupon. */
export const previewJoin = (chainId: string, lines: JoinLines, couponId: string | null | undefined, usePoints: boolean) =>
  callGroupbuy('groupbuy', 'join.preview', { chainId, lines, couponId, usePoints }, { silent: true })

/** Joins with quantities: an unpaid order priced as previewed (refused ORDER.PRICE_CHANGED if it moved). */
export const joinChain = (chainId: string, lines: JoinLines, membership: Membership, expectedPayableFen: number) =>
  callGroupbuy('groupbuy', 'join', { chainId, lines, ...membership, expectedPayableFen }, { loading: '正在下单' })

export const cancelEntry = (entryId: string) => callGroupbuy('groupbuy', 'entry.cancel', { entryId }, { loading: '正在取消' })

/**
 * Pays an order: WeChat Pay's requestPayment in the mini program; in local mode the
 * simulated payment service (模拟支付) pays it through the same callback code.
 */
export async function payOrder(orderId: string): Promise<void> {
  const placed = await callOrder('order', 'pay', { orderId }, { loading: '正在支付' })
  if (placed.mode === 'local' || !placed.payment) {
    await callOrder('order', 'pay.simulate', { orderId, duplicate: false, late: false }, { loading: '模拟支付中' })
    return
  }
  await Taro.requestPayment(placed.payment as unknown as Parameters<typeof Taro.requestPayment>[0])
}
