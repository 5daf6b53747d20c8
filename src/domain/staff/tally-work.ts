import { businessDay, businessMonth } from '../time'

/** One thing a staff member did at the till, as the workspace counts it. */
export interface WorkItem {
  staffId: string
  kind: 'award' | 'coupon' | 'pickup' | 'join'
  points: number
  reversed: boolean
  at: Date
}

export interface WorkCounts {
  /** Members who joined through this staff member's own code. */
  joined: number
  /** Points awarded at the till, net of reversed awards. */
  points: number
  awards: number
  coupons: number
  pickups: number
}

export interface WorkTally {
  today: WorkCounts
  month: WorkCounts
}

export const emptyCounts = (): WorkCounts => ({ joined: 0, points: 0, awards: 0, coupons: 0, pickups: 0 })

function add(counts: WorkCounts, item: WorkItem): void {
  if (item.kind === 'join') counts.joined += 1
  if (item.kind === 'coupon') counts.coupons += 1
  if (item.kind === 'pickup') counts.pickups += 1
  if (item.kind === 'award' && !item.reversed) {
    counts.awards += 1
    counts.points += item.points
  }
}

/**
 * Today's and this month's numbers (Asia/Shanghai) per staff member and for all of them;
 * items outside this month are ignored.
 */
export function tallyWork(items: readonly WorkItem[], now: Date): { total: WorkTally; byStaff: Map<string, WorkTally> } {
  const today = businessDay(now)
  const month = businessMonth(now)
  const total: WorkTally = { today: emptyCounts(), month: emptyCounts() }
  const byStaff = new Map<string, WorkTally>()
  for (const item of items) {
    if (businessMonth(item.at) !== month) continue
    const mine = byStaff.get(item.staffId) ?? { today: emptyCounts(), month: emptyCounts() }
    byStaff.set(item.staffId, mine)
    for (const tally of [total, mine]) {
      add(tally.month, item)
      if (businessDay(item.at) === today) add(tally.today, item)
    }
  }
  return { total, byStaff }
}
