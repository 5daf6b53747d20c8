import { FlashCodes, FlashMessages } from '@/domain/flashsale'
import { inShanghai } from '@/domain/time'
import { ActionError } from '../_shared/action-error'
import { findById, type Db } from '../_shared/db'
import type { ActionContext, TimerContext } from '../_shared/define-function'
import { onceOnly } from '../_shared/idempotency'
import { runJob } from '../_shared/jobs/run-job'
import { requireMember } from '../_shared/members'
import { isSubscriptionRefused, sendSubscribeMessage } from '../_shared/notify'
import { flashSettings, type FlashItemDoc } from './flash-docs'

export const reminderId = (itemId: string, openid: string) => `${itemId}:${openid}`
const PAGE = 'packages/flashsale/pages/item/index'

interface ReminderDoc {
  _id: string
  itemId: string
  memberId: string
  name: string
  startAt: Date
  templateId: string
  status: 'pending' | 'sent' | 'missed' | 'refused'
}

/**
 * flashsale.remind: 开抢提醒 for an item that has not started. One per member and item
 * (_id = itemId:openid): asking again, or a replay, changes nothing. The page first asks
 * WeChat for the subscription (one accept allows one message).
 */
export async function remind(input: { requestId: string; itemId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const item = await findById<FlashItemDoc>(db, 'flash_items', input.itemId)
  const refuse = (code: keyof typeof FlashMessages, message = FlashMessages[code]) => new ActionError(code, message)
  const reply = await onceOnly(ctx, 'flashsale.remind', input.requestId, async (tx) => {
    if (!item || !item.enabled) throw refuse(FlashCodes.NOT_FOUND)
    const { templateId } = (await flashSettings(db)).reminder
    if (!templateId) throw refuse(FlashCodes.REMINDER_UNAVAILABLE)
    if (now.getTime() >= new Date(item.startAt).getTime()) throw refuse(FlashCodes.NOT_STARTED, '已经开抢了，无需提醒')
    await requireMember(tx, openid)
    const id = reminderId(item._id, openid)
    if (!(await findById(tx, 'flash_reminders', id))) {
      await tx.collection('flash_reminders').add({ data: { _id: id, itemId: item._id, memberId: openid, name: item.name, startAt: new Date(item.startAt), templateId, status: 'pending', createdAt: now } })
    }
    return { reminded: true }
  })
  return { now: now.toISOString(), ...reply }
}

const PAGE_SIZE = 100
/** Sends at once, as the sign-in reminder does: a popular item's reminders fit its lead time. */
const PARALLEL = 10

/**
 * Timer `remind` (every minute): reminders whose item starts within the lead time, drained
 * as a resumable job (each firing works for a bounded time, well inside the function's
 * timeout; the next firing carries on). Each is claimed by a conditional update from
 * 'pending' before sending, which takes it out of the query: a page done twice, or an
 * overlapping firing, never sends twice; one whose start has passed is marked missed.
 */
export async function sendReminders({ db, now }: TimerContext) {
  const { reminder } = await flashSettings(db)
  const until = new Date(now.getTime() + reminder.leadMinutes * 60_000)
  const tally = { sent: 0, missed: 0, refused: 0, failed: 0 }
  const { job } = await runJob<ReminderDoc>(db, now, {
    name: 'flashsale.remind',
    period: 'continuous',
    pageSize: PAGE_SIZE,
    drain: true,
    page: async () => (await db.collection('flash_reminders').where({ status: 'pending', startAt: db.command.lte(until) }).orderBy('startAt', 'asc').limit(PAGE_SIZE).get()).data as ReminderDoc[],
    visit: async (page) => {
      let claimed = 0
      for (let i = 0; i < page.length; i += PARALLEL) {
        const won = await Promise.all(page.slice(i, i + PARALLEL).map((r) => remindOne(db, r, reminder.fields, now, tally)))
        claimed += won.filter(Boolean).length
      }
      return claimed
    },
  })
  return { ...tally, job: { invocations: job.invocations, done: job.done } }
}

/** Claims one reminder and sends it; false when another firing had claimed it. */
async function remindOne(db: Db, r: ReminderDoc, fields: { title: string; time: string }, now: Date, tally: Record<'sent' | 'missed' | 'refused' | 'failed', number>): Promise<boolean> {
  const late = now.getTime() >= new Date(r.startAt).getTime()
  const claim = await db.collection('flash_reminders').where({ _id: r._id, status: 'pending' }).update({ data: { status: late ? 'missed' : 'sent', sentAt: now } })
  if (claim.stats.updated !== 1) return false
  if (late) {
    tally.missed++
    return true
  }
  try {
    await sendSubscribeMessage(db, { to: r.memberId, templateId: r.templateId, page: `${PAGE}?itemId=${r.itemId}`, data: { [fields.title]: `秒杀：${r.name}`.slice(0, 20), [fields.time]: inShanghai(r.startAt).format('YYYY-MM-DD HH:mm') } })
    tally.sent++
  } catch (e) {
    if (isSubscriptionRefused(e)) {
      tally.refused++
      await db.collection('flash_reminders').doc(r._id).update({ data: { status: 'refused' } })
    } else {
      tally.failed++
      console.error('[flashsale.remind] send failed', r._id, e)
    }
  }
  return true
}
