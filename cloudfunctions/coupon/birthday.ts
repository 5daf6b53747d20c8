import { dueCampaigns, giftsDue } from '@/domain/campaigns'
import { businessDay } from '@/domain/time'
import type { TimerContext } from '../_shared/define-function'
import { giveCampaignsInTx } from '../_shared/campaign-rewards'
import { enabledCampaigns } from '../_shared/campaigns'
import { issueGiftInTx, newCouponId, templatesIssuedBy } from '../_shared/coupons'
import { findById } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'
import { pageAfter } from '../_shared/jobs/page-after'
import { runJob } from '../_shared/jobs/run-job'
import { tierTable } from '../_shared/settings'
import { inTransaction } from '../_shared/transaction'

const PAGE = 100

/**
 * Timer `birthdayGifts` (daily, early morning Shanghai; a resumable job per business day
 * and birthday): members whose birthday is today get the birthday templates, once a year
 * each (the gift record is keyed by year, so a page done twice gives nothing more), and
 * the merchant's birthday campaigns (console), once per (member, campaign, year).
 */
export async function birthdayGifts({ db, now }: TimerContext) {
  const [templates, campaigns, tiers] = await Promise.all([templatesIssuedBy(db, 'birthday'), enabledCampaigns(db), tierTable(db)])
  const birthdayCampaigns = campaigns.filter((c) => c.rule.kind === 'birthday' && c.on.includes('daily'))
  if (!templates.length && !birthdayCampaigns.length) return { gifted: 0 }
  const today = businessDay(now)
  const monthDays = today.endsWith('-02-28') ? ['02-28', '02-29'] : [today.slice(5)]
  let gifted = 0
  for (const monthDay of monthDays) {
    const run = await runJob<MemberDoc>(db, now, {
      name: `coupon.birthdayGifts.${monthDay}`,
      period: today,
      pageSize: PAGE,
      page: pageAfter(db, 'members', { birthdayMonthDay: monthDay }, { pageSize: PAGE }),
      visit: async (page) => {
        let given = 0
        for (const member of page) {
          // The campaign engine decides whether today is their birthday and the period (the year).
          const occasion = { event: 'daily' as const, now, memberId: member._id, tier: member.tier, birthday: member.birthday, tierLadder: tiers.map((t) => t.code) }
          const due = giftsDue(occasion).find((g) => g.issuer === 'birthday')
          if (!due) continue
          const merchantDue = dueCampaigns(birthdayCampaigns, occasion)
          const key = `birthday:${member._id}:${due.period}`
          given += await inTransaction(db, async (tx) => {
            let issued = 0
            if (templates.length && !(await findById(tx, 'requests', key))) {
              for (const t of templates) if (await issueGiftInTx(tx, { templateId: t._id, memberId: member._id, memberTier: member.tier, couponId: newCouponId(), now })) issued++
              await tx.collection('requests').add({ data: { _id: key, scope: 'coupon.birthday', openid: member._id, result: { issued }, at: now } })
            }
            return issued + (await giveCampaignsInTx(tx, merchantDue, { id: member._id, tier: member.tier }, now)).length
          })
        }
        return given
      },
    })
    gifted += run.changed
  }
  return { gifted }
}
