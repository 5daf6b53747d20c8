import { describeCoupon, useCoupon } from '@/domain/coupons'
import { ActionError, unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { toCoupon, type CouponDoc } from '../_shared/coupons'
import { onceOnly } from '../_shared/idempotency'
import { requireStaff, type MemberDoc } from '../_shared/members'
import { checkScannedCode, useScannedCode } from '../_shared/scanned-code'
import { brandSettings } from '../_shared/settings'
import { logStaffWork } from '../_shared/staff-work'

/**
 * coupon.redeem (staff): the member shows an in-store coupon's code; it is used once.
 * The code and the coupon are both used up in one transaction, so neither a replayed
 * code nor a crowd of scans can use a coupon twice.
 */
export async function redeem(input: { requestId: string; code: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const staff = await requireStaff(db, openid)
  const claims = checkScannedCode(input.code, 'C', (await brandSettings(db)).brandId, now)
  return onceOnly(ctx, 'coupon.redeem', input.requestId, async (tx) => {
    await useScannedCode(tx, claims, { staffId: staff._id, purpose: 'coupon', now })
    const doc = await findById<CouponDoc>(tx, 'coupons', claims.subject)
    if (!doc) throw new ActionError('COUPON.NOT_FOUND', '优惠券不存在')
    const coupon = toCoupon(doc)
    if (coupon.channel === 'online') throw new ActionError('COUPON.ONLINE_ONLY', '该券仅限线上使用')
    if (coupon.storeIds?.length && !coupon.storeIds.includes(staff.storeId)) throw new ActionError('COUPON.NOT_USABLE', '该券不适用于本门店')
    const used = unwrap(useCoupon(coupon, { now }))
    await tx.collection('coupons').doc(coupon.id).update({ data: { status: used.status, usedAt: now, usedByStaff: staff._id, usedAtStore: staff.storeId } })
    const owner = await findById<MemberDoc>(tx, 'members', coupon.ownerId)
    await logStaffWork(tx, staff, input.requestId, { kind: 'coupon', memberId: coupon.ownerId, cardNo: owner?.cardNo ?? '', ref: coupon.id }, now)
    return { couponId: coupon.id, title: coupon.title, face: describeCoupon(coupon), cardNo: owner?.cardNo ?? '' }
  })
}
