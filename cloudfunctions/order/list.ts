import { ORDER_TABS, type OrderTab } from '@/domain/orders'
import type { ActionContext } from '../_shared/define-function'
import { requireOwnOrder, type OrderDoc } from '../_shared/orders/order-doc'
import { orderView, orderViews } from './view'

/** order.list: the member's orders, newest first, by tab, a page at a time (cursor = createdAt). */
export async function list(input: { tab?: OrderTab; cursor?: string | null; limit: number }, { db, openid, now }: ActionContext) {
  const _ = db.command
  const where: Record<string, unknown> = { memberId: openid }
  if (input.tab) where.status = _.in([...ORDER_TABS[input.tab]])
  if (input.cursor) where.createdAt = _.lt(new Date(input.cursor))
  const page = (await db.collection('orders').where(where).orderBy('createdAt', 'desc').limit(input.limit).get()).data as OrderDoc[]
  const last = page[page.length - 1]
  return { items: await orderViews(db, page, now), nextCursor: page.length === input.limit && last ? new Date(last.createdAt).toISOString() : null, now: now.toISOString() }
}

/** order.detail: one of the member's own orders; someone else's is ORDER.NOT_FOUND. */
export async function detail(input: { orderId: string }, { db, openid, now }: ActionContext) {
  return { order: await orderView(db, await requireOwnOrder(db, input.orderId, openid), now), now: now.toISOString() }
}
