import { emptyCounts, ROLE_NAMES, tallyWork, type WorkItem } from '@/domain/staff'
import { businessMonth, startOfDay } from '@/domain/time'
import type { ActionContext } from '../_shared/define-function'
import { forEachPage } from '../_shared/paging'
import { requireStaff, storeName, type StaffDoc } from '../_shared/staff'
import type { StaffWorkDoc } from '../_shared/staff-work'

const monthStart = (now: Date) => startOfDay(`${businessMonth(now)}-01`)

/** This month's work at a store: the till log plus the members who joined through a staff code. */
async function workOfMonth(ctx: ActionContext, storeId: string): Promise<WorkItem[]> {
  const { db, now } = ctx
  const since = db.command.gte(monthStart(now))
  const items: WorkItem[] = []
  await forEachPage<StaffWorkDoc>(db, 'staff_work', { storeId, at: since }, async (page) => {
    for (const w of page) items.push({ staffId: w.staffId, kind: w.kind, points: w.points, reversed: !!w.reversal, at: new Date(w.at) })
  }, { pageSize: 500, fields: { staffId: true, kind: true, points: true, reversal: true, at: true } })
  type Joined = { _id: string; joinedAt: Date; attribution: { staffId: string | null } | null }
  await forEachPage<Joined>(db, 'members', { 'attribution.storeId': storeId, joinedAt: since }, async (page) => {
    for (const m of page) if (m.attribution?.staffId) items.push({ staffId: m.attribution.staffId, kind: 'join', points: 0, reversed: false, at: new Date(m.joinedAt) })
  }, { pageSize: 500, fields: { attribution: true, joinedAt: true } })
  return items
}

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
  const { total, byStaff } = tallyWork(await workOfMonth(ctx, storeId), now)
  const none = () => ({ today: emptyCounts(), month: emptyCounts() })
  const seats = input.scope === 'store' ? ((await db.collection('staff').where({ storeId }).limit(100).get()).data as StaffDoc[]) : [self]
  return {
    storeId,
    storeName: await storeName(db, storeId),
    total: input.scope === 'store' ? total : (byStaff.get(openid) ?? none()),
    staff: seats
      .filter((s) => s.role !== 'admin' || byStaff.has(s._id))
      .map((s) => ({ staffId: s._id, name: s.name, role: s.role, roleName: ROLE_NAMES[s.role], active: s.active, tally: byStaff.get(s._id) ?? none() })),
  }
}
