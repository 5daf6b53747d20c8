/**
 * Coupon templates and coupons as stored, and issuing a coupon inside a transaction:
 * the template's stock, the member's claim counter and the new coupon are written
 * together, so claims never exceed stock or the per-member limit, whatever the crowd.
 */
import { randomBytes } from 'node:crypto'
import { canClaim, issueCoupon, type Coupon, type CouponTemplate, type TierLadder } from '@/domain/coupons'
import { ActionError, unwrap } from './action-error'
import { findById, type Db, type Tx } from './db'

/** Omit that keeps each member of a union (the coupon kinds) apart. */
type StoredWithout<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never

/** A template as stored: `left` counts down from `stock`. */
export type TemplateDoc = StoredWithout<CouponTemplate, 'id'> & { _id: string; left: number; enabled: boolean; description?: string }
export type CouponDoc = StoredWithout<Coupon, 'id'> & { _id: string; claimedAt: Date }

export const toTemplate = ({ _id, ...rest }: TemplateDoc): CouponTemplate => ({ ...rest, id: _id }) as CouponTemplate
export const toCoupon = ({ _id, ...rest }: CouponDoc): Coupon => ({ ...rest, id: _id }) as Coupon
export const claimKey = (templateId: string, memberId: string) => `${templateId}:${memberId}`
export const newCouponId = () => randomBytes(12).toString('hex')

export async function requireTemplate(db: Db | Tx, templateId: string): Promise<TemplateDoc> {
  const doc = await findById<TemplateDoc>(db, 'coupon_templates', templateId)
  if (!doc || !doc.enabled) throw new ActionError('COUPON.NOT_FOUND', '优惠券不存在或已下架')
  return doc
}

/**
 * Issues one coupon of `templateId` to `memberId` in `tx` (4 single-document
 * operations). Refusals (sold out, limit, tier, timing) come from the domain rule.
 */
export async function issueInTx(tx: Tx, input: { templateId: string; memberId: string; memberTier: string; tierLadder?: TierLadder; couponId: string; now: Date }): Promise<Coupon> {
  const template = await requireTemplate(tx, input.templateId)
  const key = claimKey(input.templateId, input.memberId)
  const counter = await findById<{ count: number }>(tx, 'coupon_claims', key)
  const claimedByMember = counter?.count ?? 0
  unwrap(canClaim({ template: toTemplate(template), claimedSoFar: template.stock - template.left, claimedByMember, memberTier: input.memberTier, now: input.now, tierLadder: input.tierLadder }))
  await tx.collection('coupon_templates').doc(template._id).update({ data: { left: template.left - 1 } })
  await tx.collection('coupon_claims').doc(key).set({ data: { templateId: template._id, memberId: input.memberId, count: claimedByMember + 1 } })
  const coupon = issueCoupon(toTemplate(template), { couponId: input.couponId, ownerId: input.memberId, claimedAt: input.now })
  const { id, ...rest } = coupon
  await tx.collection('coupons').add({ data: { ...rest, _id: id, claimedAt: input.now } })
  return coupon
}

/**
 * Issues a gift coupon (for joining, a birthday, a staff gift) if the member may have
 * one now; a refusal (sold out, limit, tier) means no gift, never a failed action.
 */
export async function issueGiftInTx(tx: Tx, input: Parameters<typeof issueInTx>[1]): Promise<Coupon | null> {
  try {
    return await issueInTx(tx, input)
  } catch (e) {
    if (e instanceof ActionError && e.code.startsWith('COUPON.')) return null
    throw e
  }
}

/** Enabled templates given automatically on an occasion (`issuedBy`). */
export async function templatesIssuedBy(db: Db, issuedBy: CouponTemplate['issuedBy']): Promise<TemplateDoc[]> {
  return (await db.collection('coupon_templates').where({ issuedBy, enabled: true }).limit(20).get()).data as TemplateDoc[]
}

/** The member's coupon, or COUPON.NOT_FOUND — also for someone else's coupon, revealing nothing. */
export async function requireOwnCoupon(db: Db | Tx, couponId: string, memberId: string): Promise<CouponDoc> {
  const doc = await findById<CouponDoc>(db, 'coupons', couponId)
  if (!doc || doc.ownerId !== memberId) throw new ActionError('COUPON.NOT_FOUND', '优惠券不存在')
  return doc
}
