import { usableBalance } from '@/domain/points'
import { formatNextReward, makeupPreview, monthCalendar, nextReward } from '@/domain/signin'
import { businessDay, businessMonth, monthRange } from '@/domain/time'
import { unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { requireMember } from '../_shared/members'
import type { PointsAccount } from '../_shared/points-ledger'
import { signinSettings } from './settings'
import { runDays } from './signed-runs'
import { makeupsUsed, readState, type SigninDay } from './state'

/**
 * signin.status: everything the sign-in page shows, for one month (default: this one).
 * The streak and banner come from the state's runs; the calendar from the month's day
 * documents, so a month long gone still shows what was signed and what was made up.
 */
export async function signinStatus(input: { month?: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const member = await requireMember(db, openid)
  const today = businessDay(now)
  const month = input.month ?? businessMonth(now)
  const { first, last } = monthRange(month)
  const _ = db.command
  const [settings, state, account, { data }] = await Promise.all([
    signinSettings(db),
    readState(db, openid),
    findById<PointsAccount>(db, 'points_accounts', openid),
    db.collection('signins').where({ memberId: openid, day: _.gte(first).and(_.lte(last)) }).limit(100).get(),
  ])
  const signed = new Map((data as SigninDay[]).map((d) => [d.day, d.kind]))
  const used = makeupsUsed(state, today)
  const calendar = unwrap(monthCalendar({ month, today, joinedDay: businessDay(member.joinedAt), signed, makeupsThisMonth: used, config: settings.makeup }))
  const signedDays = runDays(state.runs)
  const next = nextReward({ today, signedDays, config: settings.rewards })
  // What each possible make-up does to the next sign-in, for the confirm dialog.
  const preview = (day: string) => {
    const after = makeupPreview({ today, day, signedDays, config: settings.rewards })
    return { streak: after.streak, nextCycleDay: after.cycleDay }
  }
  const coupon = settings.rewards.couponOnDay
  return {
    today,
    month,
    months: { first: businessMonth(member.joinedAt), last: businessMonth(now) },
    signedToday: next.signedToday,
    streak: next.streak,
    total: state.total,
    banner: formatNextReward(next),
    cycle: {
      days: settings.rewards.cycle.map((points, i) => ({ day: i + 1, points, ...(coupon?.day === i + 1 && settings.couponTitle ? { couponTitle: settings.couponTitle } : {}) })),
      next: next.cycleDay,
    },
    calendar: calendar.map((d) => (d.canMakeup ? { ...d, makeup: preview(d.day) } : d)),
    makeupsLeft: Math.max(0, settings.makeup.maxPerMonth - used),
    makeupsPerMonth: settings.makeup.maxPerMonth,
    makeupCost: settings.makeup.costPoints,
    points: account ? usableBalance(account.lots, now) : 0,
    reminder: state.reminderOn,
    reminderTemplateId: settings.reminder.templateId,
  }
}
