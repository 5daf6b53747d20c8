import { reviewOfWindowSum, reviewWindow, type TierTable } from '@/domain/member'
import { businessDay } from '@/domain/time'
import { findById, type Db } from '../_shared/db'
import type { TimerContext } from '../_shared/define-function'
import { pageAfter } from '../_shared/jobs/page-after'
import { runJob } from '../_shared/jobs/run-job'
import type { MemberDoc } from '../_shared/members'
import { tierTable } from '../_shared/settings'
import { inTransaction } from '../_shared/transaction'
import { growthSince } from './growth-since'

/** Members per page: a page (~6 requests a member) stays a few seconds even on a loaded machine. */
const PAGE = 25
/** Sums to redo when growth keeps landing during a member's review (then the next run has it). */
const ATTEMPTS = 3

/**
 * Timer `yearlyReview` (1 January, Shanghai; a resumable job, once per year): each
 * member's tier is set from the growth of the last 12 months, exactly (all entries,
 * paged), which may move it down, and that growth becomes what counts toward the next
 * upgrade. The tier is written in a transaction that re-reads the member: if growth landed
 * meanwhile (a till upgrade), the window is summed again, with that growth in it, so the
 * review never overwrites an upgrade.
 */
export async function runYearlyReview({ db, now }: TimerContext) {
  const table = await tierTable(db)
  const { changed, job } = await runJob<{ _id: string }>(db, now, {
    name: 'member.yearlyReview',
    period: businessDay(now).slice(0, 4),
    pageSize: PAGE,
    page: pageAfter(db, 'members', {}, { pageSize: PAGE, fields: { _id: true } }),
    visit: async (members, startedAt) => {
      for (const { _id } of members) await reviewMember(db, _id, startedAt, table)
      return members.length
    },
  })
  return { reviewed: changed, job }
}

export async function reviewMember(db: Db, memberId: string, now: Date, table: TierTable): Promise<void> {
  const { start } = reviewWindow(now)
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const before = await findById<MemberDoc>(db, 'members', memberId)
    if (!before) return
    const review = reviewOfWindowSum(await growthSince(db, memberId, start), now, table)
    const written = await inTransaction(db, async (tx) => {
      const fresh = await findById<MemberDoc>(tx, 'members', memberId)
      if (!fresh) return true
      if (fresh.growth !== before.growth) return false
      await tx.collection('members').doc(memberId).update({ data: { tier: review.tier.code, tierGrowth: review.growth, tierReviewedAt: now } })
      return true
    })
    if (written) return
  }
}
