import { isBirthday } from '@/domain/member'
import { businessDay } from '@/domain/time'
import type { TimerContext } from '../_shared/define-function'
import { issueGiftInTx, newCouponId, templatesIssuedBy } from '../_shared/coupons'
import { findById } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'
import { pageAfter } from '../_shared/jobs/page-after'
import { runJob } from '../_shared/jobs/run-job'
import { inTransaction } from '../_shared/transaction'

const PAGE = 100

/**
 * Timer `birthdayGifts` (daily, early morning Shanghai; a resumable job per business day
 * and birthday): members whose birthday is today get the birthday templates, once a year
 * each (the gift record is keyed by year, so a page done twice gives nothing more).
 */
export async function birthdayGifts({ db, now }: TimerContext) {
  const templates = await templatesIssuedBy(db, 'birthday')
  if (!templates.length) return { gifted: 0 }
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
        for (const member of page.filter((m) => m.birthday && isBirthday(m.birthday, today))) {
          const key = `birthday:${member._id}:${today.slice(0, 4)}`
          given += await inTransaction(db, async (tx) => {
            if (await findById(tx, 'requests', key)) return 0
            let issued = 0
            for (const t of templates) if (await issueGiftInTx(tx, { templateId: t._id, memberId: member._id, memberTier: member.tier, couponId: newCouponId(), now })) issued++
            await tx.collection('requests').add({ data: { _id: key, scope: 'coupon.birthday', openid: member._id, result: { issued }, at: now } })
            return issued
          })
        }
        return given
      },
    })
    gifted += run.changed
  }
  return { gifted }
}
