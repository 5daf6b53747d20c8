import { REVERSAL_WINDOW_MS } from '@/domain/staff'
import type { ActionContext } from '../_shared/define-function'
import { requireStaff, type StaffDoc } from '../_shared/staff'
import type { StaffWorkDoc } from '../_shared/staff-work'

/** staff.awards (店长, admin): the store's till awards of the last 24 hours, newest first. */
export async function awards(input: { storeId?: string }, { db, openid, now }: ActionContext) {
  const self = await requireStaff(db, openid, 'manager')
  const storeId = input.storeId ?? self.storeId
  await requireStaff(db, openid, { role: 'manager', storeId })
  const since = new Date(now.getTime() - REVERSAL_WINDOW_MS)
  const [work, seats] = await Promise.all([
    db.collection('staff_work').where({ storeId, at: db.command.gte(since), kind: 'award' }).orderBy('at', 'desc').limit(100).get(),
    db.collection('staff').where({ storeId }).limit(100).get(),
  ])
  const names = new Map((seats.data as StaffDoc[]).map((s) => [s._id, s.name]))
  return {
    items: (work.data as StaffWorkDoc[]).map((w) => ({
      awardId: w._id,
      staffName: names.get(w.staffId) ?? '店员',
      cardNo: w.cardNo,
      points: w.points,
      paidFen: w.paidFen,
      at: new Date(w.at).toISOString(),
      reversed: !!w.reversal,
    })),
  }
}
