import { checkCouponUse, describeCoupon, useCoupon } from '@/domain/coupons'
import { ActionError, unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { toCoupon, type CouponDoc } from '../_shared/coupons'
import { onceOnly, replayOr } from '../_shared/idempotency'
import { refuseOwnAccount, requireStaff, type MemberDoc } from '../_shared/members'
import { checkScannedCode, useScannedCode } from '../_shared/scanned-code'
import { brandSettings, tierLadder } from '../_shared/settings'
import { logStaffWork } from '../_shared/staff-work'
import { checkCouponTillCode } from './till-code'

const SCOPE = 'coupon.redeem'

/**
 * coupon.redeem (staff): the member shows an in-store coupon's code; it is used once.
 * The code and the coupon are both used up in one transaction, so neither a replayed
 * code nor a crowd of scans can use a coupon twice. Whether the coupon may be used here
 * and now is the checkout's own rule (checkCouponUse: period, channel, store, tier,
 * weekday), with the same reason text. The code is the QR's signed text or the 20 digits
 * under it (./till-code), used up the same way. A replay gets its first reply before the code's
 * age is looked at.
 */
export async function redeem(input: { requestId: string; code: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const staff = await requireStaff(db, openid)
  return replayOr(ctx, SCOPE, input.requestId, async () => {
    const { brandId } = await brandSettings(db)
    const claims = (await checkCouponTillCode(db, input.code, brandId, staff, now)) ?? checkScannedCode(input.code, 'C', brandId, now)
    const ladder = await tierLadder(db)
    return onceOnly(ctx, SCOPE, input.requestId, async (tx) => {
      await useScannedCode(tx, claims, { staffId: staff._id, purpose: 'coupon', now })
      const doc = await findById<CouponDoc>(tx, 'coupons', claims.subject)
      if (!doc) throw new ActionError('COUPON.NOT_FOUND', '优惠券不存在')
      const coupon = toCoupon(doc)
      refuseOwnAccount(staff, coupon.ownerId)
      const owner = await findById<MemberDoc>(tx, 'members', coupon.ownerId)
      // Used already → COUPON.ALREADY_USED (what the cashier must hear); then the checkout's rule.
      const used = unwrap(useCoupon(coupon, { now }))
      unwrap(checkCouponUse(coupon, { channel: 'store', storeId: staff.storeId, now, tier: owner?.tier ?? '', tierLadder: ladder }))
      await tx.collection('coupons').doc(coupon.id).update({ data: { status: used.status, usedAt: now, usedByStaff: staff._id, usedAtStore: staff.storeId } })
      await logStaffWork(tx, staff, input.requestId, { kind: 'coupon', memberId: coupon.ownerId, cardNo: owner?.cardNo ?? '', ref: coupon.id }, now)
      return { couponId: coupon.id, title: coupon.title, face: describeCoupon(coupon), cardNo: owner?.cardNo ?? '' }
    })
  })
}
