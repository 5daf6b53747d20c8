import { yearlyReview } from '@/domain/member'
import type { TimerContext } from '../_shared/define-function'
import type { MemberDoc } from '../_shared/members'
import { forEachPage } from '../_shared/paging'
import { tierTable } from '../_shared/settings'

/**
 * Timer `yearlyReview`: each member's tier is set from the growth of the last 12
 * months (which may move it down), and that growth becomes what counts toward the
 * next upgrade. Members are walked in _id order, a page at a time.
 */
export async function runYearlyReview({ db, now }: TimerContext) {
  const table = await tierTable(db)
  let reviewed = 0
  await forEachPage<MemberDoc>(db, 'members', {}, async (page) => {
    for (const member of page) {
      const entries = (await db.collection('growth_ledger').where({ memberId: member._id }).field({ amount: true, at: true }).limit(1000).get()).data as { amount: number; at: Date }[]
      const review = yearlyReview(entries, now, table)
      await db.collection('members').doc(member._id).update({ data: { tier: review.tier.code, tierGrowth: review.growth, tierReviewedAt: now } })
      reviewed++
    }
  })
  return { reviewed }
}
