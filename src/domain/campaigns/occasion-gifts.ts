import { dueCampaigns } from './due-campaigns'
import type { Campaign, CampaignOccasion } from './types'

/** Coupon templates given automatically on an occasion name them by `issuedBy`. */
export type GiftIssuer = 'new-member' | 'community' | 'birthday'

/**
 * The built-in gift campaigns behind coupon templates' `issuedBy`: the joining gift
 * (新会员), the community gift (扫码入群, through a community-channel scene; given to a
 * returning member too, once by the template's per-member limit) and the birthday gift
 * (daily timer; once a year). Their rules live here and nowhere else.
 */
export const GIFT_CAMPAIGNS: readonly (Campaign & { id: GiftIssuer })[] = [
  { id: 'new-member', name: '新会员礼', enabled: true, on: ['join'], rule: { kind: 'new-member' }, reward: {} },
  { id: 'community', name: '扫码入群礼', enabled: true, on: ['join'], rule: { kind: 'community' }, reward: {} },
  { id: 'birthday', name: '生日礼', enabled: true, on: ['daily'], rule: { kind: 'birthday' }, reward: {} },
]

/** The gift issuers due on an occasion, with the period each is given once in. */
export function giftsDue(occasion: CampaignOccasion): { issuer: GiftIssuer; period: string }[] {
  return dueCampaigns(GIFT_CAMPAIGNS, occasion).map((d) => ({ issuer: d.campaign.id as GiftIssuer, period: d.period }))
}
