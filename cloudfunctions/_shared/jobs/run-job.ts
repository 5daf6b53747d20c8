/**
 * Timers as resumable batch jobs. CloudBase stops a function at its timeout (config.json,
 * 20 s here), so no timer walks a whole member base in one invocation: an invocation works
 * through pages for at most JOB_BUDGET_MS, saving its cursor in `jobs/<name>` after each
 * page, and the next firing of the trigger (every minute in the job's window, see each
 * config.json) carries on. A job runs once per period (a business day, a year): once done,
 * firings in the same period only read its status. A page is idempotent (each item is
 * keyed by the period or re-checked in a transaction), so a page done twice, after a
 * cut-off, changes nothing. The status document is the job's progress report (locally also
 * at GET /__dev/jobs).
 */
import { performance } from 'node:perf_hooks'
import type { Db } from '../db'
import { findById } from '../db'

/**
 * Work per invocation: a fifth of the 20 s timeout, so an invocation ends well inside it.
 * JOB_BUDGET_MS in the environment overrides it (tests use 1: one page per invocation).
 */
export const jobBudgetMs = () => Number(process.env.JOB_BUDGET_MS) || 4_000

export interface JobStatus {
  _id: string
  period: string
  /** The period's first invocation: the job's "now" for every page of the period. */
  startedAt: Date
  /** The last _id done ('' before the first page). */
  cursor: string
  done: boolean
  processed: number
  changed: number
  invocations: number
  /** The longest invocation of the period, in milliseconds (against the function's timeout). */
  longestMs: number
  updatedAt: Date
  finishedAt: Date | null
}

export interface JobSpec<T extends { _id: string }> {
  /** `<function>.<trigger>`: the status document's _id. */
  name: string
  period: string
  pageSize: number
  /** The page after `cursor`; `[]` or fewer than pageSize rows ends the period's walk. */
  page: (cursor: string) => Promise<T[]>
  /** Does one page; answers how many items it changed. */
  visit: (items: T[], startedAt: Date) => Promise<number>
  /**
   * For jobs that drain a condition (coupons past their deadline): the query itself is the
   * progress, so each invocation starts a new walk once the last one finished.
   */
  drain?: boolean
}

const fresh = (name: string, period: string, now: Date): JobStatus => ({
  _id: name,
  period,
  startedAt: now,
  cursor: '',
  done: false,
  processed: 0,
  changed: 0,
  invocations: 0,
  longestMs: 0,
  updatedAt: now,
  finishedAt: null,
})

/** One invocation's share of the job: answers what it changed and where the job stands. */
export async function runJob<T extends { _id: string }>(db: Db, now: Date, job: JobSpec<T>): Promise<{ changed: number; job: JobStatus }> {
  const started = performance.now()
  const saved = await findById<JobStatus>(db, 'jobs', job.name)
  let status = saved && saved.period === job.period && !(job.drain && saved.done) ? saved : fresh(job.name, job.period, now)
  if (status.done) return { changed: 0, job: status }
  status = { ...status, invocations: status.invocations + 1 }
  let changed = 0
  const save = async () => {
    status.updatedAt = now
    status.longestMs = Math.max(status.longestMs, Math.round(performance.now() - started))
    const { _id, ...data } = status
    await db.collection('jobs').doc(_id).set({ data })
  }
  do {
    const items = await job.page(status.cursor)
    const done = await job.visit(items, new Date(status.startedAt))
    changed += done
    status.changed += done
    status.processed += items.length
    if (items.length && !job.drain) status.cursor = items[items.length - 1]._id
    if (items.length < job.pageSize || (job.drain && done === 0)) {
      status.done = true
      status.finishedAt = now
    }
    await save()
  } while (!status.done && performance.now() - started < jobBudgetMs())
  return { changed, job: status }
}
