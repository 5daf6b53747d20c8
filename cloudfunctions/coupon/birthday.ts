import { giftsDue } from '@/domain/campaigns'
import { businessDay } from '@/domain/time'
import type { TimerContext } from '../_shared/define-function'
import { issueGiftInTx, newCouponId, templatesIssuedBy } from '../_shared/coupons'
import { findById } from '../_shared/db'
import type { MemberDoc } from '../_shared/members'
import { forEachPage } from '../_shared/paging'
import { inTransaction } from '../_shared/transaction'

/**
 * Timer `birthdayGifts` (daily, early morning Shanghai): members whose birthday is today
 * get the birthday templates, once a year each (the gift record is keyed by year).
 */
export async function birthdayGifts({ db, now }: TimerContext) {
  const templates = await templatesIssuedBy(db, 'birthday')
  if (!templates.length) return { gifted: 0 }
  const today = businessDay(now)
  const monthDays = today.endsWith('-02-28') ? ['02-28', '02-29'] : [today.slice(5)]
  let gifted = 0
  for (const monthDay of monthDays) {
    await forEachPage<MemberDoc>(db, 'members', { birthdayMonthDay: monthDay }, async (page) => {
      for (const member of page) {
        // The campaign engine decides whether today is their birthday and the period (the year).
        const due = giftsDue({ event: 'daily', now, memberId: member._id, tier: member.tier, birthday: member.birthday, tierLadder: [] }).find((g) => g.issuer === 'birthday')
        if (!due) continue
        const key = `birthday:${member._id}:${due.period}`
        gifted += await inTransaction(db, async (tx) => {
          if (await findById(tx, 'requests', key)) return 0
          let issued = 0
          for (const t of templates) if (await issueGiftInTx(tx, { templateId: t._id, memberId: member._id, memberTier: member.tier, couponId: newCouponId(), now })) issued++
          await tx.collection('requests').add({ data: { _id: key, scope: 'coupon.birthday', openid: member._id, result: { issued }, at: now } })
          return issued
        })
      }
    })
  }
  return { gifted }
}
