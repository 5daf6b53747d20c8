import { callOrder } from '@/lib/order-client'
import type { OrderView } from '@/contracts/order'
import type { OrderTab } from '@/domain/orders/order-status'
import { usePagedList } from '@/lib/use-paged-list'
import { serverClock, type ServerClock } from '../model/countdown'

/** The list's server clock, from the newest page: the 待付款 countdowns run on it. */
let clock: ServerClock = { skewMs: 0 }
export const listClock = () => clock

const getOrders = async (tab: OrderTab | undefined, cursor: string | null) => {
  const page = await callOrder('order', 'list', { tab, cursor, limit: 10 }, { silent: true })
  clock = serverClock(page.now, Date.now())
  return { items: page.items, next: page.nextCursor }
}

export const useOrders = (tab: OrderTab | undefined) => usePagedList<OrderView, string>(`orders:${tab ?? ''}`, (cursor) => getOrders(tab, cursor))
