import { claimButtonState, claimProgress, claimReason, describeCoupon, validityText, couponValidity, walletTab } from '@/domain/coupons'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { toCoupon, toTemplate, type CouponDoc, type TemplateDoc } from '../_shared/coupons'
import type { MemberDoc } from '../_shared/members'
import { tierLadder } from '../_shared/settings'

/**
 * coupon.center: the claim centre, with progress 「已抢 63%」 and the button each member
 * sees. Member-day coupons are listed every day (「未开始」 until member day) so members
 * know to come back.
 */
export async function center(_input: unknown, { db, openid, now }: ActionContext) {
  const member = await findById<MemberDoc>(db, 'members', openid)
  const templates = (await db.collection('coupon_templates').where({ enabled: true, issuedBy: db.command.in(['center', 'member-day']) }).limit(100).get()).data as TemplateDoc[]
  const ladder = await tierLadder(db)
  const mine = member ? ((await db.collection('coupons').where({ ownerId: openid }).limit(1000).get()).data as CouponDoc[]).map(toCoupon) : []
  return {
    items: templates.map((doc) => {
      const template = toTemplate(doc)
      const held = mine.filter((c) => c.templateId === doc._id)
      const validity = couponValidity(template, now)
      const facts = { template, claimedSoFar: doc.stock - doc.left, claimedByMember: held.length, memberTier: member?.tier ?? 'normal', now, tierLadder: ladder }
      const usableHeld = held.filter((c) => walletTab(c, now) === '可使用').length
      const state = claimButtonState({ ...facts, usableHeld })
      return {
        templateId: doc._id,
        title: doc.title,
        description: doc.description ?? '',
        face: describeCoupon(template),
        validity: template.validity.kind === 'days' ? `领取后 ${template.validity.days} 天内有效` : validityText(validity.validFrom, validity.validTo),
        progress: claimProgress(doc.stock - doc.left, doc.stock),
        state,
        ...(state === '不可领' || state === '未开始' ? { reason: claimReason(facts) } : {}),
      }
    }),
  }
}
