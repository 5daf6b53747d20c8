import { makeup as makeupRule } from '@/domain/signin'
import { businessDay } from '@/domain/time'
import { unwrap } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { requireMember } from '../_shared/members'
import { postSpending } from '../_shared/points-ledger'
import { signinSettings } from './settings'
import { pruneRuns, runDays, withDay } from './signed-runs'
import { dayId, makeupsUsed, readState, writeState, type SigninDay } from './state'

/**
 * signin.makeup (补签): fills a missed day of this month for points, within the
 * monthly limit; the streak continues as if that day had been signed. No reward for
 * the day (domain rule). One transaction: the day document (kind 'makeup'), the
 * points spent (ledger 'spend.makeup'), the state; any refusal changes nothing.
 */
export async function makeupDay(input: { requestId: string; day: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const today = businessDay(now)
  const settings = await signinSettings(db)

  return onceOnly(ctx, 'signin.makeup', input.requestId, async (tx) => {
    const member = await requireMember(tx, openid)
    const state = await readState(tx, openid)
    const id = dayId(openid, input.day)
    const existing = await findById<SigninDay>(tx, 'signins', id)
    const signedDays = runDays(state.runs)
    if (existing) signedDays.push(input.day)
    const used = makeupsUsed(state, today)
    const plan = unwrap(makeupRule({ today, day: input.day, joinedDay: businessDay(member.joinedAt), signedDays, makeupsThisMonth: used, config: settings.makeup }))
    if (plan.costPoints > 0) {
      await postSpending(tx, { memberId: openid, requestId: `makeup-${plan.day}`, code: 'spend.makeup', amount: plan.costPoints, ref: { type: 'signin', id: plan.day }, now })
    }
    const day: SigninDay = { _id: id, memberId: openid, day: plan.day, kind: 'makeup', streak: plan.streak, cycleDay: 0, points: 0, costPoints: plan.costPoints, at: now }
    await tx.collection('signins').add({ data: { ...day } })
    await writeState(tx, {
      ...state,
      runs: pruneRuns(withDay(state.runs, plan.day), today),
      total: state.total + 1,
      streak: plan.streak,
      streakDay: plan.streakAsOf,
      makeupMonth: today.slice(0, 7),
      makeupCount: used + 1,
      updatedAt: now,
    })
    return { day: plan.day, streak: plan.streak, costPoints: plan.costPoints, makeupsLeft: Math.max(0, settings.makeup.maxPerMonth - used - 1) }
  })
}
