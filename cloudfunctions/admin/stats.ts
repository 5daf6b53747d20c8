/**
 * The console's numbers. New members come from the members joined in the range (index
 * `joinedAt_id`, a page at a time); points from the ledger grouped by code and the
 * accounts' balances (outstanding = the sum of balances = the liability); coupons from the
 * templates' counters and the used coupons grouped by template.
 */
import type { AdminStats } from '@/contracts/admin'
import type { Attribution } from '@/domain/member'
import { countNewMembers } from '@/domain/member/new-member-counts'
import { daysBetween, endOfDay, startOfDay } from '@/domain/time'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import type { Db } from '../_shared/db'
import { consoleCaller } from './access'

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

type JoinedRow = { _id: string; joinedAt: Date; attribution: Attribution | null }
const JOINED_PAGE = 500

/**
 * Members who joined in [from, to], a page at a time in (joinedAt, _id) order: the rest of
 * the last page's millisecond first, then later times. Both queries are served by the
 * (joinedAt, _id) index, so a day of many joins costs its own size, not the member base's.
 */
async function forEachJoined(db: Db, from: Date, to: Date, visit: (page: JoinedRow[]) => void): Promise<void> {
  const _ = db.command
  const members = () => db.collection('members')
  const fields = { joinedAt: true, attribution: true }
  let cursor: { at: Date; id: string } | null = null
  for (;;) {
    const page: JoinedRow[] = []
    if (cursor) page.push(...((await members().where({ joinedAt: cursor.at, _id: _.gt(cursor.id) }).orderBy('_id', 'asc').limit(JOINED_PAGE).field(fields).get()).data as JoinedRow[]))
    if (page.length < JOINED_PAGE) {
      const joinedAt = cursor ? _.gt(cursor.at).and(_.lte(to)) : _.gte(from).and(_.lte(to))
      page.push(...((await members().where({ joinedAt }).orderBy('joinedAt', 'asc').orderBy('_id', 'asc').limit(JOINED_PAGE - page.length).field(fields).get()).data as JoinedRow[]))
    }
    visit(page)
    if (page.length < JOINED_PAGE) return
    const last = page[page.length - 1]
    cursor = { at: new Date(last.joinedAt), id: last._id }
  }
}

export async function stats(input: { from: string; to: string }, ctx: ActionContext): Promise<AdminStats> {
  const caller = await consoleCaller(ctx.db, ctx.openid)
  const span = daysBetween(input.from, input.to)
  if (span < 0 || span >= MAX_DAYS) throw new ActionError('ADMIN.RANGE_INVALID', `日期范围须为 1 到 ${MAX_DAYS} 天`)
  const joined: JoinedRow[] = []
  await forEachJoined(ctx.db, startOfDay(input.from), endOfDay(input.to), (page) => {
    joined.push(...page.filter((m) => caller.role === 'admin' || m.attribution?.storeId === caller.storeId))
  })
  const admin = caller.role === 'admin'
  return {
    newMembers: { total: joined.length, ...countNewMembers(joined) },
    points: admin ? await pointsNumbers(ctx.db) : null,
    coupons: admin ? await couponNumbers(ctx.db) : null,
  }
}
