import { autoCompleteAt } from '@/domain/orders'
import { ActionError } from '../_shared/action-error'
import type { Db } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, replayOf } from '../_shared/idempotency'
import { requireStaff, type StaffDoc } from '../_shared/members'
import { moved, requireOrder, saveOrder, type OrderDoc } from '../_shared/orders/order-doc'
import { orderRefusal } from '../_shared/orders/refusal'
import { itemDescOf, uploadShipping } from '../_shared/shipping'
import { orderView, orderViews } from './view'

const forbidden = () => new ActionError('COMMON.FORBIDDEN', '没有权限处理该订单')

/** Staff ship the delivery orders of the store that ships them (brand.deliveryStoreId); an admin ships any. */
const mayShip = (staff: StaffDoc, order: OrderDoc) => staff.role === 'admin' || (!!order.shipFrom && order.shipFrom === staff.storeId)

/**
 * Uploads the parcel to WeChat's shipping information once (the payment's funds settle on
 * it), and records that it did, so a replay after a failed upload tries again.
 */
async function uploadParcel(db: Db, order: OrderDoc, now: Date): Promise<void> {
  const s = order.shipment
  if (!s || s.uploadedAt || !order.transactionId || order.transactionId.startsWith('free-') || order.fulfilment.kind !== 'delivery') return
  const parcel = { expressCompany: s.expressCompany, trackingNo: s.trackingNo, receiverPhone: order.fulfilment.address.phone }
  await uploadShipping(db, { transactionId: order.transactionId, openid: order.memberId, itemDesc: itemDescOf(order.lines), at: now, parcel })
  await db.collection('orders').doc(order._id).update({ data: { shipment: { uploadedAt: now } } })
}

/**
 * order.ship (staff of the shipping store, or admin): a paid delivery order goes 已发货
 * with its parcel, and completes by itself AUTO_COMPLETE_DAYS later unless the member
 * confirms first. A replay answers first (and finishes an upload that failed).
 */
export async function ship(input: { requestId: string; orderId: string; expressCompany: string; trackingNo: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const seen = await replayOf<{ orderId: string }>(ctx, 'order.ship', input.requestId)
  if (seen) {
    const order = await requireOrder(db, seen.result.orderId)
    await uploadParcel(db, order, now)
    return { order: await orderView(db, order, now) }
  }
  const staff = await requireStaff(db, openid)
  const { orderId } = await onceOnly(ctx, 'order.ship', input.requestId, async (tx) => {
    const found = await requireOrder(tx, input.orderId)
    if (!mayShip(staff, found)) throw forbidden()
    if (found.fulfilment.kind !== 'delivery') throw orderRefusal('NOT_DELIVERY')
    if (found.status !== 'paid') throw orderRefusal('BAD_STATE', found.status === 'shipped' ? '该订单已发货' : '订单当前不能发货')
    const shipment = { expressCompany: input.expressCompany, trackingNo: input.trackingNo, shippedAt: now, shippedBy: staff._id, autoCompleteAt: autoCompleteAt(now), uploadedAt: null }
    await saveOrder(tx, { ...moved(found, 'ship', staff._id, now), shipment })
    return { orderId: found._id }
  })
  const order = await requireOrder(db, orderId)
  await uploadParcel(db, order, now)
  return { order: await orderView(db, order, now) }
}

/** order.toShip (staff: their shipping store; admin: every store): paid delivery orders, oldest payment first. */
export async function toShip(input: { limit: number }, { db, openid, now }: ActionContext) {
  const staff = await requireStaff(db, openid)
  const where: Record<string, unknown> = staff.role === 'admin' ? { 'fulfilment.kind': 'delivery', status: 'paid' } : { shipFrom: staff.storeId, status: 'paid' }
  const page = (await db.collection('orders').where(where).orderBy('paidAt', 'asc').limit(input.limit).get()).data as OrderDoc[]
  return { items: await orderViews(db, page, now) }
}
