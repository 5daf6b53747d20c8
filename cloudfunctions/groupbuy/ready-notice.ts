import { performance } from 'node:perf_hooks'
import { inShanghai } from '@/domain/time'
import type { ChainDoc, EntryDoc } from '../_shared/groupbuy/chain-docs'
import { findById, type Db } from '../_shared/db'
import type { TimerContext } from '../_shared/define-function'
import { pageAfter } from '../_shared/jobs/page-after'
import { jobBudgetMs, runJob } from '../_shared/jobs/run-job'
import { isSubscriptionRefused, sendSubscribeMessage } from '../_shared/notify'

interface ReadyTemplate {
  templateId: string
  /** Template field keys: what is ready, where, and from when. */
  fields: { goods: string; place: string; time: string }
}

/** settings/groupbuy.readyTemplate, set by the merchant; a local default so the outbox shows it. */
const DEFAULT_TEMPLATE: ReadyTemplate = { templateId: 'local-groupbuy-ready', fields: { goods: 'thing1', place: 'thing2', time: 'time3' } }

const PAGE_SIZE = 100
/** Sends at once, as the flash-sale reminders do. */
const PARALLEL = 10
/** Chains whose notices are still being sent, looked at per firing (one is usually plenty). */
const CHAINS_PER_FIRING = 20

/** The job of one chain's notices (its progress report in `jobs`). */
export const readyJobName = (chainId: string) => `groupbuy.readyNotices.${chainId}`

type Paid = Pick<EntryDoc, '_id' | 'memberId' | 'no'>

/**
 * 到货提醒 of one chain, as a resumable job: when the leader starts fulfilling (备货) the
 * chain is marked `readyNotices: 'pending'`; each call works through its paid entries a
 * page at a time (chain_status index, _id order) for a bounded time, and the
 * `readyNotices` timer carries on until the walk is done. Each entry is claimed by a
 * conditional update (`readyNotified` false → true) before its message goes out, so a
 * page done twice, a replayed 备货 or two overlapping calls never send twice; a member
 * with no authorisation left (43101) is skipped, as WeChat allows one message per accept.
 */
export async function sendReadyNotices(db: Db, chain: ChainDoc, now: Date): Promise<{ sent: number; done: boolean }> {
  const settings = await findById<{ readyTemplate?: ReadyTemplate }>(db, 'settings', 'groupbuy')
  const template = settings?.readyTemplate ?? DEFAULT_TEMPLATE
  let sent = 0
  const { job } = await runJob<Paid>(db, now, {
    name: readyJobName(chain._id),
    period: 'fulfil',
    pageSize: PAGE_SIZE,
    page: pageAfter(db, 'chain_entries', { chainId: chain._id, status: 'paid' }, { pageSize: PAGE_SIZE, fields: { _id: true, memberId: true, no: true } }),
    visit: async (entries) => {
      let claimed = 0
      for (let i = 0; i < entries.length; i += PARALLEL) {
        const outcomes = await Promise.all(entries.slice(i, i + PARALLEL).map((e) => notifyOne(db, chain, e, template)))
        claimed += outcomes.filter((o) => o !== 'taken').length
        sent += outcomes.filter((o) => o === 'sent').length
      }
      return claimed
    },
  })
  if (job.done) await db.collection('chains').where({ _id: chain._id, readyNotices: 'pending' }).update({ data: { readyNotices: 'sent' } })
  return { sent, done: job.done }
}

/** Claims one entry's notice and sends it: 'taken' when another call had claimed it. */
async function notifyOne(db: Db, chain: ChainDoc, e: Paid, { templateId, fields }: ReadyTemplate): Promise<'sent' | 'refused' | 'failed' | 'taken'> {
  const claim = await db.collection('chain_entries').where({ _id: e._id, readyNotified: db.command.neq(true) }).update({ data: { readyNotified: true } })
  if (claim.stats.updated !== 1) return 'taken'
  try {
    await sendSubscribeMessage(db, {
      to: e.memberId,
      templateId,
      page: `packages/groupbuy/pages/chain/index?id=${chain._id}`,
      data: { [fields.goods]: `${chain.title} 第${e.no}号`.slice(0, 20), [fields.place]: chain.pickupPoint.slice(0, 20), [fields.time]: inShanghai(chain.pickupFrom).format('YYYY-MM-DD HH:mm') },
    })
    return 'sent'
  } catch (error) {
    if (isSubscriptionRefused(error)) return 'refused'
    // Claimed, so never sent twice: a lost message rather than a doubled one; the walk goes on.
    console.error('[groupbuy.readyNotices] send failed', e._id, error)
    return 'failed'
  }
}

/**
 * Timer `readyNotices` (every minute): carries on the notices of chains whose 备货 started
 * and whose walk is not done, chain after chain while the invocation's budget lasts.
 */
export async function continueReadyNotices({ db, now }: TimerContext) {
  const started = performance.now()
  const pending = (await db.collection('chains').where({ readyNotices: 'pending' }).orderBy('_id', 'asc').limit(CHAINS_PER_FIRING).get()).data as ChainDoc[]
  let sent = 0
  let chains = 0
  for (const chain of pending) {
    if (chains > 0 && performance.now() - started >= jobBudgetMs()) break
    sent += (await sendReadyNotices(db, chain, now)).sent
    chains++
  }
  return { sent, chains, pending: pending.length }
}
