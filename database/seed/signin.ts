/**
 * Demo sign-in data: the sign-in settings (the day-7 coupon is its own template,
 * `signin-day7`, when it exists) and a few signed days of this month for the demo member,
 * computed with the same domain rule as the `signin` function: a run of four days up to
 * yesterday, two missed days that can be made up, and one day before them.
 *
 * Points: demo.ts already posts a lump 'seed-signin' of 35 points, which is exactly what
 * these five days earn (5 | 5 + 5 + 10 + 10), so no ledger entries are written here.
 */
import { checkin, DEFAULT_SIGNIN_REWARDS } from '../../src/domain/signin'
import { addDays, businessDay, startOfDay } from '../../src/domain/time'
import type { Db } from '../../cloudfunctions/_shared/db'

const MEMBER = 'demo-member'
const DAY_COUPON = 'signin-day7'
/** Days before today that were signed: -7, then -4 … -1 (so -6 and -5 were missed). */
const SIGNED_OFFSETS = [-7, -4, -3, -2, -1]

export async function seedSignin(db: Db, now: Date): Promise<void> {
  const template = await db.collection('coupon_templates').where({ _id: DAY_COUPON }).get()
  const couponTemplateId = template.data.length ? DAY_COUPON : null
  await db.collection('settings').doc('signin').set({ data: { couponTemplateId } })
  const rewards = couponTemplateId ? { ...DEFAULT_SIGNIN_REWARDS, couponOnDay: { day: 7, templateId: couponTemplateId } } : DEFAULT_SIGNIN_REWARDS

  const today = businessDay(now)
  const member = (await db.collection('members').where({ _id: MEMBER }).get()).data[0] as { joinedAt: Date } | undefined
  if (!member) return
  const joinedDay = businessDay(member.joinedAt)
  const days = SIGNED_OFFSETS.map((n) => addDays(today, n)).filter((d) => d.slice(0, 7) === today.slice(0, 7) && d >= joinedDay)

  const signed: string[] = []
  for (const day of days) {
    const done = checkin({ today: day, signedDays: signed, config: rewards })
    if (!done.ok) continue
    signed.push(day)
    await db.collection('signins').doc(`${MEMBER}:${day}`).set({
      data: { memberId: MEMBER, day, kind: 'signed', streak: done.value.streak, cycleDay: done.value.cycleDay, points: done.value.reward.points, at: new Date(startOfDay(day).getTime() + 9 * 3600_000) },
    })
  }
  const runs = signed.reduce<{ from: string; to: string }[]>((acc, day) => {
    const last = acc[acc.length - 1]
    if (last && addDays(last.to, 1) === day) last.to = day
    else acc.push({ from: day, to: day })
    return acc
  }, [])
  const lastDay = signed[signed.length - 1] ?? null
  await db.collection('signin_states').doc(MEMBER).set({
    data: {
      runs,
      total: signed.length,
      streak: runs.length ? signed.length - signed.indexOf(runs[runs.length - 1].from) : 0,
      streakDay: lastDay,
      lastDay,
      makeupMonth: null,
      makeupCount: 0,
      reminderOn: false,
      reminderTemplateId: null,
      remindedDay: null,
      updatedAt: now,
    },
  })
}
