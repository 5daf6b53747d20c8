import { timingSafeEqual } from 'node:crypto'
import { MEMBER_CODE_REFRESH_MS, MEMBER_CODE_TTL_MS, tillWindow } from '@/domain/member'
import { ActionError } from '../_shared/action-error'
import { findById, type Db } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, requestKey } from '../_shared/idempotency'
import { issueCode } from '../_shared/member-code-signer'
import { requireStaff, type StaffDoc } from '../_shared/members'
import { moved, requireOrder, requireOwnOrder, saveOrder, type OrderDoc } from '../_shared/orders/order-doc'
import { currentPickupOtp, pickupOtp } from '../_shared/orders/pickup-code'
import { checkScannedCode } from '../_shared/scanned-code'
import { brandSettings } from '../_shared/settings'
import { logStaffWork } from '../_shared/staff-work'
import { itemDescOf, uploadPickupShipping } from '../_shared/shipping'
import { orderView } from './view'
import { orderRefusal } from '../_shared/orders/refusal'
import { sourcePickupRefusal } from '../_shared/orders/order-source'

const invalid = () => orderRefusal('PICKUP_CODE_INVALID')

/** order.pickup.code: the rotating pickup code of a paid pickup order (QR + 6 digits). */
export async function pickupCode(input: { orderId: string }, { db, openid, now }: ActionContext) {
  const order = await requireOwnOrder(db, input.orderId, openid)
  if (order.status !== 'awaiting_pickup') throw orderRefusal('BAD_STATE', '订单当前没有提货码')
  const waiting = await sourcePickupRefusal(db, order)
  if (waiting) throw orderRefusal('BAD_STATE', waiting)
  const { brandId } = await brandSettings(db)
  const { code } = issueCode('P', brandId, order._id, now)
  return { code, shortCode: currentPickupOtp(brandId, order._id, now), issuedAt: now.toISOString(), expiresAt: new Date(now.getTime() + MEMBER_CODE_TTL_MS).toISOString(), refreshAfterMs: MEMBER_CODE_REFRESH_MS }
}

/**
 * Which order a code names: the signed QR (fresh, kind P), or the 6 digits of the
 * current or previous 30 s window, matched among this store's orders awaiting pickup.
 */
async function orderForCode(db: Db, raw: string, staff: StaffDoc, now: Date): Promise<string> {
  const { brandId } = await brandSettings(db)
  const digits = raw.trim()
  if (!/^\d{6}$/.test(digits)) {
    try {
      return checkScannedCode(raw, 'P', brandId, now).subject
    } catch (e) {
      if (e instanceof ActionError && e.code === 'MEMBER.CODE_EXPIRED') throw orderRefusal('PICKUP_CODE_EXPIRED')
      throw invalid()
    }
  }
  const waiting = (await db.collection('orders').where({ storeId: staff.storeId, status: 'awaiting_pickup' }).limit(1000).field({ _id: true }).get()).data as { _id: string }[]
  const w = tillWindow(now)
  const same = (a: string, b: string) => timingSafeEqual(Buffer.from(a), Buffer.from(b))
  const matches = waiting.filter((o) => same(pickupOtp(brandId, o._id, w), digits) || same(pickupOtp(brandId, o._id, w - 1), digits))
  if (matches.length > 1) throw orderRefusal('PICKUP_CODE_AMBIGUOUS')
  if (!matches.length) throw invalid()
  return matches[0]._id
}

/**
 * order.pickup.verify (staff of the pickup store, or admin): the order is picked up, and
 * its shipping information (用户自提) is uploaded so the payment's funds settle.
 * A replay answers first, before the code's freshness is checked.
 */
export async function verifyPickup(input: { requestId: string; code: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const seen = await findById<{ result: OrderDoc }>(db, 'requests', requestKey('order.pickup.verify', openid, input.requestId))
  if (seen) return { order: await orderView(db, await requireOrder(db, seen.result._id), now) }
  const staff = await requireStaff(db, openid)
  const orderId = await orderForCode(db, input.code, staff, now)
  const order = await onceOnly(ctx, 'order.pickup.verify', input.requestId, async (tx) => {
    const found = await requireOrder(tx, orderId)
    if (staff.role !== 'admin' && found.storeId !== staff.storeId) throw orderRefusal('WRONG_STORE')
    if (found.status !== 'awaiting_pickup') throw orderRefusal('BAD_STATE', found.status === 'picked_up' ? '该订单已提货' : '订单当前不能提货')
    const waiting = await sourcePickupRefusal(tx, found)
    if (waiting) throw orderRefusal('BAD_STATE', waiting)
    // Counted in the staff numbers of the order's store (staff workspace, issue 12).
    await logStaffWork(tx, { _id: staff._id, storeId: found.storeId ?? staff.storeId }, input.requestId, { kind: 'pickup', memberId: found.memberId, cardNo: '', ref: found._id }, now)
    return saveOrder(tx, { ...moved(found, 'pickup', staff._id, now), pickedUpAt: now, pickedUpBy: staff._id })
  })
  if (order.transactionId && !order.transactionId.startsWith('free-')) await uploadPickupShipping(db, { transactionId: order.transactionId, openid: order.memberId, itemDesc: itemDescOf(order.lines), at: now })
  return { order: await orderView(db, order, now) }
}
