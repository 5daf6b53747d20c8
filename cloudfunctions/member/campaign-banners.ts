import { campaignBanners as bannersFor } from '@/domain/campaigns'
import { enabledCampaigns } from '../_shared/campaigns'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'
import { tierTable } from '../_shared/settings'

/** member.campaigns: today's campaigns for the caller, for the home page's banners. */
export async function campaignBanners(_input: unknown, { db, openid, now }: ActionContext) {
  const [campaigns, member, tiers] = await Promise.all([enabledCampaigns(db), findById<MemberDoc>(db, 'members', openid), tierTable(db)])
  const viewer = { member: member ? { tier: member.tier, birthday: member.birthday } : null, tierLadder: tiers.map((t) => t.code) }
  return { items: bannersFor(campaigns, viewer, now) }
}
