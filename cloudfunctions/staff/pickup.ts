import { pickupText } from '@/domain/staff'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import type { MemberDoc } from '../_shared/members'
import { requireStaff } from '../_shared/staff'
import { logStaffWork } from '../_shared/staff-work'

interface GiftRedemption {
  _id: string
  memberId: string
  title: string
  pickupCode: string | null
  pickedUpAt?: Date | null
}

const notFound = () => new ActionError('PICKUP.NOT_FOUND', '未找到该提货码')

/**
 * staff.pickup.verify: hands over a points-mall gift by its pickup code, once. Order pickup
 * codes are verified by the `order` function (order.pickup.verify, which logs the pickup for
 * the staff numbers too); the workspace routes each code by its shape. Chain entries
 * (issue 14) do not exist yet.
 */
export async function verifyPickup(input: { requestId: string; code: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const staff = await requireStaff(db, openid)
  // Codes are random, not unique: of the redemptions with this code, the one not yet picked up.
  const candidates = (await db.collection('mall_redemptions').where({ pickupCode: input.code }).limit(20).get()).data as GiftRedemption[]
  if (candidates.length === 0) throw notFound()
  const open = candidates.find((r) => !r.pickedUpAt)
  return onceOnly(ctx, 'staff.pickup.verify', input.requestId, async (tx) => {
    const redemption = open && (await findById<GiftRedemption>(tx, 'mall_redemptions', open._id))
    if (!redemption || redemption.pickedUpAt) throw new ActionError('PICKUP.ALREADY_USED', '该提货码已核销')
    await tx.collection('mall_redemptions').doc(redemption._id).update({ data: { pickedUpAt: now, pickedUpBy: staff._id, pickedUpStore: staff.storeId } })
    const member = await findById<MemberDoc>(tx, 'members', redemption.memberId)
    const cardNo = member?.cardNo ?? ''
    await logStaffWork(tx, staff, input.requestId, { kind: 'pickup', memberId: redemption.memberId, cardNo, ref: redemption._id }, now)
    return { kind: 'mall' as const, title: redemption.title, cardNo, text: pickupText(redemption.title) }
  })
}
