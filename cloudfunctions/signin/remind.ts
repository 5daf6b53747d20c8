import { nextReward } from '@/domain/signin'
import { businessDay } from '@/domain/time'
import type { Db } from '../_shared/db'
import type { TimerContext } from '../_shared/define-function'
import { isSubscriptionRefused, sendSubscribeMessage } from '../_shared/notify'
import { pageAfter } from '../_shared/jobs/page-after'
import { runJob } from '../_shared/jobs/run-job'
import { signinSettings, type SigninSettings } from './settings'
import { runDays } from './signed-runs'
import type { SigninState } from './state'

const PAGE = 'packages/signin/pages/index/index'
const BATCH = 100
/** Sends at once: enough to fit a large member base in the function's time limit, gentle on WeChat. */
const PARALLEL = 10

/** Template 'thing' fields hold 20 characters at most: 「连签 3 天，今日签到得 10 积分」 fits. */
function tipFor(state: SigninState, today: string, settings: SigninSettings): string {
  const next = nextReward({ today, signedDays: runDays(state.runs), config: settings.rewards })
  const gain = `今日签到得 ${next.reward.points} 积分`
  return next.streak > 0 ? `连签 ${next.streak} 天，${gain}` : `别忘了签到，${gain}`
}

/**
 * Timer `remind` (20:00 Asia/Shanghai): one subscribe message to each member who turned
 * the reminder on and has not signed in today. Each member is claimed first with an
 * atomic conditional update of `remindedDay`, so a re-fired or overlapping timer never
 * sends twice the same day. A member without an unused authorisation (43101) has the
 * reminder switched off: the page shows it off and asks again when turned on. A resumable
 * job, once per business day: each invocation sends for a bounded time and keeps its cursor.
 */
export async function remindToSign({ db, now }: TimerContext) {
  const today = businessDay(now)
  const settings = await signinSettings(db)
  const tally = { day: today, sent: 0, refused: 0, failed: 0 }
  const { job } = await runJob<SigninState>(db, now, {
    name: 'signin.remind',
    period: today,
    pageSize: BATCH,
    page: pageAfter(db, 'signin_states', { reminderOn: true }, { pageSize: BATCH }),
    visit: async (states) => {
      const before = tally.sent
      for (let i = 0; i < states.length; i += PARALLEL) {
        await Promise.all(states.slice(i, i + PARALLEL).map((state) => remindOne(db, state, today, settings, tally)))
      }
      return tally.sent - before
    },
  })
  return { ...tally, job }
}

async function remindOne(db: Db, state: SigninState, today: string, settings: SigninSettings, tally: { sent: number; refused: number; failed: number }) {
  const templateId = state.reminderTemplateId ?? settings.reminder.templateId
  if (!templateId || state.lastDay === today || state.remindedDay === today) return
  const _ = db.command
  const claim = await db
    .collection('signin_states')
    .where({ _id: state._id, reminderOn: true, lastDay: _.neq(today), remindedDay: _.neq(today) })
    .update({ data: { remindedDay: today } })
  if (claim.stats.updated !== 1) return
  const { title, tip } = settings.reminder.fields
  try {
    await sendSubscribeMessage(db, { to: state._id, templateId, page: PAGE, data: { [title]: '每日签到', [tip]: tipFor(state, today, settings) } })
    tally.sent++
  } catch (e) {
    if (isSubscriptionRefused(e)) {
      tally.refused++
      await db.collection('signin_states').doc(state._id).update({ data: { reminderOn: false } })
    } else {
      tally.failed++
      console.error('[signin.remind] send failed', state._id, e)
    }
  }
}
