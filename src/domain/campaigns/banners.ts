import { businessDay } from '../time'
import { ruleHolds } from './calendar-rule'
import { tierAtLeast } from './due-campaigns'
import type { Campaign } from './types'

export interface CampaignBanner {
  id: string
  title: string
  text: string
}

/**
 * The campaigns a viewer sees on the home page today: those with a banner that apply to
 * them now (calendar, window, tier). A visitor who is not a member yet sees what joining
 * gives (new-member and community campaigns) and the campaigns open to every member.
 */
export function campaignBanners(campaigns: readonly Campaign[], viewer: { member: { tier: string; birthday: string | null } | null; tierLadder: readonly string[] }, now: Date): CampaignBanner[] {
  const day = businessDay(now)
  const joining = (c: Campaign) => c.rule.kind === 'new-member' || c.rule.kind === 'community'
  return campaigns
    .filter((c) => c.enabled && c.banner && (!c.from || c.from <= day) && (!c.to || day <= c.to))
    .filter((c) => {
      if (!viewer.member) return joining(c) || (!c.minTier && ruleHolds(c.rule, { day, birthday: null }))
      return !joining(c) && tierAtLeast(viewer.member.tier, c.minTier, viewer.tierLadder) && ruleHolds(c.rule, { day, birthday: viewer.member.birthday })
    })
    .map((c) => ({ id: c.id, title: c.name, text: c.banner as string }))
}
