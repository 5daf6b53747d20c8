import { dueCampaigns } from '@/domain/campaigns'
import { growthForSignin } from '@/domain/member'
import { pointsExpiry } from '@/domain/points'
import { checkin as checkinRule } from '@/domain/signin'
import { businessDay } from '@/domain/time'
import { unwrap } from '../_shared/action-error'
import { giveCampaignsInTx } from '../_shared/campaign-rewards'
import { enabledCampaigns } from '../_shared/campaigns'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { addGrowth } from '../_shared/growth'
import { onceOnly } from '../_shared/idempotency'
import { requireMember } from '../_shared/members'
import { postEarning } from '../_shared/points-ledger'
import { tierTable } from '../_shared/settings'
import { giveCycleCoupon } from './cycle-coupon'
import { signinSettings } from './settings'
import { pruneRuns, runDays, withDay } from './signed-runs'
import { dayId, readState, writeState, type SigninDay } from './state'

/** The reply of a day's check-in, from what its day document recorded: the same for every caller. */
export const checkinReply = (d: SigninDay) => ({
  day: d.day,
  streak: d.streak,
  cycleDay: d.cycleDay,
  reward: { points: d.points, ...(d.couponTitle ? { couponTitle: d.couponTitle } : {}), ...(d.couponNote ? { couponNote: d.couponNote } : {}) },
})

/**
 * signin.checkin: one sign-in per member per Asia/Shanghai business day. The day
 * document (_id = member:day) is the unique guard: whoever writes it first signs in,
 * and every other call that day (another tap, another device, a crowd of requestIds)
 * gets the answer that document recorded instead of an error. One transaction writes
 * the day, the state, the points (ledger 'earn.signin'), the growth and, on the
 * cycle's coupon day, the coupon; and the merchant's sign-in campaigns (会员日签到礼…),
 * once per (member, campaign, period), whose coupons join the reply's coupon title.
 */
export async function checkin(input: { requestId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const today = businessDay(now)
  const id = dayId(openid, today)
  const [settings, table, campaigns] = await Promise.all([signinSettings(db), tierTable(db), enabledCampaigns(db)])
  const signinCampaigns = campaigns.filter((c) => c.on.includes('signin'))

  return onceOnly(ctx, 'signin.checkin', input.requestId, async (tx) => {
    const seen = await findById<SigninDay>(tx, 'signins', id)
    if (seen) return checkinReply(seen)
    const member = await requireMember(tx, openid)
    const state = await readState(tx, openid)
    const done = unwrap(checkinRule({ today, signedDays: runDays(state.runs), config: settings.rewards }))
    const cycleCoupon = done.reward.couponTemplateId ? await giveCycleCoupon(tx, { templateId: done.reward.couponTemplateId, member, table, now }) : {}
    const due = dueCampaigns(signinCampaigns, { event: 'signin', now, memberId: openid, tier: member.tier, birthday: member.birthday, tierLadder: table.map((t) => t.code) })
    const campaignTitles = await giveCampaignsInTx(tx, due, { id: openid, tier: member.tier }, now)
    const couponTitle = [cycleCoupon.couponTitle, ...campaignTitles].filter(Boolean).join('、')
    const coupon = { ...cycleCoupon, ...(couponTitle ? { couponTitle } : {}) }
    const requestId = `signin-${today}`
    if (done.reward.points > 0) {
      await postEarning(tx, { memberId: openid, requestId, code: 'earn.signin', amount: done.reward.points, expiresAt: pointsExpiry(now, settings.expiry), ref: { type: 'signin', id: today }, now })
    }
    const growth = growthForSignin(settings.growth)
    if (growth > 0) await addGrowth(tx, member, { amount: growth, code: 'growth.signin', requestId, now, table })
    const day: SigninDay = { _id: id, memberId: openid, day: today, kind: 'signed', streak: done.streak, cycleDay: done.cycleDay, points: done.reward.points, ...coupon, at: now }
    await tx.collection('signins').add({ data: { ...day } })
    await writeState(tx, {
      ...state,
      runs: pruneRuns(withDay(state.runs, today), today),
      total: state.total + 1,
      streak: done.streak,
      streakDay: today,
      lastDay: today,
      updatedAt: now,
    })
    return checkinReply(day)
  })
}
