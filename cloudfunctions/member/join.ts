import { randomInt } from 'node:crypto'
import { dueCampaigns, giftsDue, type GiftIssuer } from '@/domain/campaigns'
import { attributeJoin, sceneUsable } from '@/domain/member'
import { giveCampaignsInTx } from '../_shared/campaign-rewards'
import { enabledCampaigns } from '../_shared/campaigns'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { issueGiftInTx, newCouponId, templatesIssuedBy } from '../_shared/coupons'
import type { MemberDoc } from '../_shared/members'
import { tierTable } from '../_shared/settings'
import { resolveScene, storeRef } from './scenes'
import { recordTouchInTx } from './touches'

/** 12 digits, the first never 0; unique by index, so a collision just retries the join. */
const newCardNo = () => `${randomInt(1, 10)}${String(randomInt(0, 1e11)).padStart(11, '0')}`

/**
 * member.join: one member per openid, however many taps or devices race. The first
 * valid touch is the attribution and is locked; every later scan is only a touch.
 */
export async function joinMember(input: { requestId: string; scene?: unknown; privacyVersion: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const scene = await resolveScene(db, input.scene)
  const [tiers, campaigns] = await Promise.all([tierTable(db), enabledCampaigns(db)])
  const lowestTier = tiers[0].code
  // Joining through the community group's link (a scene of channel 'community') also
  // gives the community coupons: once each, by their per-member limit. A disabled or
  // expired link gives none (an old group post must not keep handing them out).
  // Which gifts are due is the campaign engine's rule (GIFT_CAMPAIGNS).
  const sceneChannel = scene && sceneUsable(scene, now) ? scene.channel : null
  const templatesFor = async (isNewMember: boolean) => {
    const issuers: GiftIssuer[] = giftsDue({ event: 'join', now, memberId: openid, tier: lowestTier, birthday: null, isNewMember, sceneChannel, tierLadder: [] }).map((g) => g.issuer)
    return (await Promise.all(issuers.map((issuer) => templatesIssuedBy(db, issuer)))).flat()
  }
  const [forNew, forReturning] = await Promise.all([templatesFor(true), templatesFor(false)])
  const { isNew, cardNo, storeId, welcomeCoupons } = await onceOnly(ctx, 'member.join', input.requestId, async (tx) => {
    const existing = await findById<MemberDoc>(tx, 'members', openid)
    const { attribution, touch } = attributeJoin({ existingAttribution: existing?.attribution ?? null, scene, now })
    if (touch) await recordTouchInTx(tx, openid, touch)
    const gifts = async (templates: typeof forNew, tier: string) => {
      const titles: string[] = []
      for (const template of templates) {
        const coupon = await issueGiftInTx(tx, { templateId: template._id, memberId: openid, memberTier: tier, couponId: newCouponId(), now })
        if (coupon) titles.push(coupon.title)
      }
      return titles
    }
    // The merchant's join campaigns (新会员礼, 扫码入群礼…), once per (member, campaign, period).
    const campaignGifts = (isNewMember: boolean, tier: string, birthday: string | null) =>
      giveCampaignsInTx(tx, dueCampaigns(campaigns, { event: 'join', now, memberId: openid, tier, birthday, isNewMember, sceneChannel, tierLadder: tiers.map((t) => t.code) }), { id: openid, tier }, now)
    if (existing) {
      const welcomeCoupons = [...(await gifts(forReturning, existing.tier)), ...(await campaignGifts(false, existing.tier, existing.birthday))]
      return { isNew: false, cardNo: existing.cardNo, storeId: existing.attribution?.storeId ?? null, welcomeCoupons }
    }
    const member: MemberDoc = {
      _id: openid,
      cardNo: newCardNo(),
      joinedAt: now,
      consent: { version: input.privacyVersion, at: now },
      attribution,
      nickname: '',
      avatarUrl: '',
      phone: null,
      birthday: null,
      birthdaySetBy: null,
      growth: 0,
      tierGrowth: 0,
      tier: lowestTier,
      tierReviewedAt: null,
    }
    await tx.collection('members').add({ data: { ...member } })
    // The joining gift (the 5-yuan coupon of the playbook), in the same transaction.
    const welcomeCoupons = [...(await gifts(forNew, lowestTier)), ...(await campaignGifts(true, lowestTier, null))]
    return { isNew: true, cardNo: member.cardNo, storeId: attribution?.storeId ?? null, welcomeCoupons }
  })
  return { isNew, cardNo, store: await storeRef(db, storeId), welcomeCoupons }
}
