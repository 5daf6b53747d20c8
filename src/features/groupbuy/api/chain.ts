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

/** Joins with quantities: an unpaid order at the chain price. */
export const joinChain = (chainId: string, lines: { key: string; quantity: number }[]) => callGroupbuy('groupbuy', 'join', { chainId, lines }, { loading: '正在下单' })

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
