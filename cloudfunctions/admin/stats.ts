/**
 * The console's numbers. New members come from the members joined in the range (index
 * `joinedAt_id`, a page at a time); points from the ledger grouped by code and the
 * accounts' balances (outstanding = the sum of balances = the liability); coupons from the
 * templates' counters and the used coupons grouped by template; flash sales and chains
 * from sales-numbers.ts.
 */
import type { AdminStats } from '@/contracts/admin'
import type { Attribution } from '@/domain/member'
import { countNewMembers } from '@/domain/member/new-member-counts'
import { daysBetween, endOfDay, startOfDay } from '@/domain/time'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import type { Db } from '../_shared/db'
import { cursorAfter, pageByTime, type TimeCursor } from '../_shared/time-cursor-page'
import { consoleCaller } from './access'
import { chainNumbers, flashNumbers } from './sales-numbers'

/** What a point is worth to the chain: the points mall gives a 5-yuan coupon for 500 points. */
export const FEN_PER_POINT = 1
const MAX_DAYS = 92

async function sumBy(db: Db, coll: 'points_ledger' | 'points_accounts' | 'coupons', match: Record<string, unknown>, key: string, field: string | null) {
  const $ = db.command.aggregate as unknown as { sum(v: unknown): unknown }
  const { list } = await db.collection(coll).aggregate().match(match).group({ _id: key, total: $.sum(field ?? 1) }).limit(1000).end()
  return new Map((list as { _id: string | null; total: number }[]).map((r) => [r._id ?? '', r.total]))
}

async function pointsNumbers(db: Db): Promise<NonNullable<AdminStats['points']>> {
  const byCode = await sumBy(db, 'points_ledger', {}, '$code', '$amount')
  const total = (prefix: string) => [...byCode].filter(([code]) => code.startsWith(prefix)).reduce((s, [, n]) => s + n, 0)
  const outstanding = (await sumBy(db, 'points_accounts', {}, 'all', '$balance')).get('all') ?? 0
  return { issued: total('earn.'), redeemed: -total('spend.'), expired: -total('expire'), reversed: -total('reverse.'), adjusted: total('adjust.'), outstanding, outstandingFen: outstanding * FEN_PER_POINT }
}

async function couponNumbers(db: Db): Promise<NonNullable<AdminStats['coupons']>> {
  const templates = (await db.collection('coupon_templates').limit(1000).get()).data as { _id: string; title: string; stock: number; left: number }[]
  const used = await sumBy(db, 'coupons', { status: 'used' }, '$templateId', null)
  const rate = (n: number, of: number) => (of > 0 ? Math.round((n / of) * 1000) / 1000 : 0)
  return templates.map((t) => {
    const claimed = t.stock - t.left
    const redeemed = used.get(t._id) ?? 0
    return { templateId: t._id, title: t.title, stock: t.stock, claimed, redeemed, claimRate: rate(claimed, t.stock), redemptionRate: rate(redeemed, claimed) }
  })
}

/** A Shanghai business day as an aggregation expression (UTC+8, no daylight saving). */
const SHANGHAI_DAY = { $dateToString: { format: '%Y-%m-%d', date: { $add: ['$at', 8 * 3_600_000] } } }

/** Points issued and redeemed per business day of the range (index `at`), for the trend line. */
async function pointsByDay(db: Db, range: { from: Date; to: Date }): Promise<NonNullable<AdminStats['pointsByDay']>> {
  const _ = db.command
  const $ = db.command.aggregate as unknown as { sum(v: unknown): unknown }
  const { list } = await db.collection('points_ledger').aggregate().match({ at: _.gte(range.from).and(_.lte(range.to)) }).group({ _id: { day: SHANGHAI_DAY, code: '$code' }, total: $.sum('$amount') }).limit(1000).end()
  const days = new Map<string, { day: string; issued: number; redeemed: number }>()
  for (const { _id, total } of list as { _id: { day: string; code: string }; total: number }[]) {
    const row = days.get(_id.day) ?? { day: _id.day, issued: 0, redeemed: 0 }
    if (_id.code.startsWith('earn.')) row.issued += total
    if (_id.code.startsWith('spend.')) row.redeemed -= total
    days.set(_id.day, row)
  }
  return [...days.values()].sort((a, b) => (a.day < b.day ? -1 : 1))
}

type JoinedRow = { _id: string; joinedAt: Date; attribution: Attribution | null }
const JOINED_PAGE = 500

/** Members who joined in [from, to], a page at a time in (joinedAt, _id) order (index `joinedAt_id`). */
async function forEachJoined(db: Db, from: Date, to: Date, visit: (page: JoinedRow[]) => void): Promise<void> {
  let after: TimeCursor | null = null
  for (;;) {
    const page: JoinedRow[] = await pageByTime<JoinedRow>(db, 'members', { where: {}, timeField: 'joinedAt', order: 'asc', after, from, to, limit: JOINED_PAGE, fields: { joinedAt: true, attribution: true } })
    visit(page)
    if (page.length < JOINED_PAGE) return
    after = cursorAfter(page, (m) => m.joinedAt)
  }
}

export async function stats(input: { from: string; to: string }, ctx: ActionContext): Promise<AdminStats> {
  const caller = await consoleCaller(ctx.db, ctx.openid)
  const span = daysBetween(input.from, input.to)
  if (span < 0 || span >= MAX_DAYS) throw new ActionError('ADMIN.RANGE_INVALID', `日期范围须为 1 到 ${MAX_DAYS} 天`)
  const joined: JoinedRow[] = []
  const range = { from: startOfDay(input.from), to: endOfDay(input.to) }
  await forEachJoined(ctx.db, range.from, range.to, (page) => {
    joined.push(...page.filter((m) => caller.role === 'admin' || m.attribution?.storeId === caller.storeId))
  })
  const admin = caller.role === 'admin'
  return {
    newMembers: { total: joined.length, ...countNewMembers(joined) },
    points: admin ? await pointsNumbers(ctx.db) : null,
    pointsByDay: admin ? await pointsByDay(ctx.db, range) : null,
    coupons: admin ? await couponNumbers(ctx.db) : null,
    flash: admin ? await flashNumbers(ctx.db, input.from, input.to) : null,
    chains: await chainNumbers(ctx.db, range, caller.storeId),
  }
}
