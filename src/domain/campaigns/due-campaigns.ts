import { businessDay } from '../time'
import { rulePeriod, ruleHolds } from './calendar-rule'
import type { Campaign, CampaignOccasion, DueCampaign } from './types'

export const campaignKey = (campaignId: string, memberId: string, period: string) => `campaign:${campaignId}:${memberId}:${period}`

/** Whether the member's tier is at least `minTier` on the ladder (an unknown tier is not). */
export function tierAtLeast(tier: string, minTier: string | undefined, ladder: readonly string[]): boolean {
  if (!minTier) return true
  const at = ladder.indexOf(tier)
  const min = ladder.indexOf(minTier)
  // A tier the chain no longer has qualifies nobody (nor does an unknown member tier).
  return at >= 0 && min >= 0 && at >= min
}

/**
 * The campaigns that apply to a member on an occasion, each with the key that makes it
 * once per (member, campaign, period): the caller writes the key with the reward, in one
 * transaction, and a key already written means it was given.
 */
export function dueCampaigns(campaigns: readonly Campaign[], occasion: CampaignOccasion): DueCampaign[] {
  const day = businessDay(occasion.now)
  return campaigns
    .filter(
      (c) =>
        c.enabled &&
        c.on.includes(occasion.event) &&
        (!c.from || c.from <= day) &&
        (!c.to || day <= c.to) &&
        tierAtLeast(occasion.tier, c.minTier, occasion.tierLadder) &&
        ruleHolds(c.rule, { day, birthday: occasion.birthday, isNewMember: occasion.isNewMember, sceneChannel: occasion.sceneChannel }),
    )
    .map((campaign) => {
      const period = rulePeriod(campaign.rule, day)
      return { campaign, period, key: campaignKey(campaign.id, occasion.memberId, period) }
    })
}
