import { emptyCounts, ROLE_NAMES, tallyWork, type WorkItem, type WorkTally } from '@/domain/staff'
import { businessDay, businessMonth, startOfDay } from '@/domain/time'
import type { ActionContext } from '../_shared/define-function'
import type { Db } from '../_shared/db'
import { requireStaff, storeName, type StaffDoc } from '../_shared/staff'
import type { StaffWorkDoc } from '../_shared/staff-work'

const PAGE = 500

/** This month's till work at a store, walked a page at a time by (storeId, month, _id): one index serves every page. */
async function workOfMonth(db: Db, storeId: string, now: Date): Promise<WorkItem[]> {
  const items: WorkItem[] = []
  const month = businessMonth(now)
  for (let after = ''; ; ) {
    const query = db.collection('staff_work').where({ storeId, month, _id: db.command.gt(after) }).orderBy('_id', 'asc').limit(PAGE)
    const page = (await query.field({ staffId: true, kind: true, points: true, reversal: true, at: true }).get()).data as StaffWorkDoc[]
    for (const w of page) items.push({ staffId: w.staffId, kind: w.kind, points: w.points, reversed: !!w.reversal, at: new Date(w.at) })
    if (page.length < PAGE) return items
    after = page[page.length - 1]._id
  }
}

/** Members who joined through a staff member's own code, today and this month: two exact counts. */
async function joinedThrough(db: Db, staffId: string, now: Date): Promise<{ today: number; month: number }> {
  const count = async (since: Date) => (await db.collection('members').where({ 'attribution.staffId': staffId, joinedAt: db.command.gte(since) }).count()).total
  const [today, month] = await Promise.all([count(startOfDay(businessDay(now))), count(startOfDay(`${businessMonth(now)}-01`))])
  return { today, month }
}

const withJoins = (tally: WorkTally, joined: { today: number; month: number }): WorkTally => ({
  today: { ...tally.today, joined: tally.today.joined + joined.today },
  month: { ...tally.month, joined: tally.month.joined + joined.month },
})

/**
 * staff.stats: today's and this month's numbers (Asia/Shanghai). `me`: the caller's own;
 * `store` (店长, admin): the whole store and each staff member. Only for the caller's store
 * (an admin: any store).
 */
export async function stats(input: { scope: 'me' | 'store'; storeId?: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const self = await requireStaff(db, openid)
  const storeId = input.storeId ?? self.storeId
  await requireStaff(db, openid, { role: input.scope === 'store' ? 'manager' : 'staff', storeId })
  const seats = input.scope === 'store' ? ((await db.collection('staff').where({ storeId }).limit(100).get()).data as StaffDoc[]) : [self]
  const [work, joins] = await Promise.all([workOfMonth(db, storeId, now), Promise.all(seats.map((s) => joinedThrough(db, s._id, now)))])
  const { total, byStaff } = tallyWork(work, now)
  const none = (): WorkTally => ({ today: emptyCounts(), month: emptyCounts() })
  const rows = seats.map((s, i) => ({ seat: s, tally: withJoins(byStaff.get(s._id) ?? none(), joins[i]) }))
  const storeTotal = withJoins(total, { today: joins.reduce((n, j) => n + j.today, 0), month: joins.reduce((n, j) => n + j.month, 0) })
  return {
    storeId,
    storeName: await storeName(db, storeId),
    total: input.scope === 'store' ? storeTotal : rows[0].tally,
    staff: rows
      .filter(({ seat, tally }) => seat.role !== 'admin' || tally.month.awards + tally.month.coupons + tally.month.pickups + tally.month.joined > 0)
      .map(({ seat, tally }) => ({ staffId: seat._id, name: seat.name, role: seat.role, roleName: ROLE_NAMES[seat.role], active: seat.active, tally })),
  }
}
