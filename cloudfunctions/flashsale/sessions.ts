import { upcomingSessions } from '@/domain/flashsale'
import { businessDay } from '@/domain/time'
import type { ActionContext } from '../_shared/define-function'
import { flashSettings, remainingOf, type FlashItemDoc } from './flash-docs'
import { itemCard } from './views'

/** flashsale.sessions: today's and tomorrow's sessions not yet ended, with their items (the list's tabs). */
export async function sessions(_input: object, { db, now }: ActionContext) {
  const settings = await flashSettings(db)
  const list = upcomingSessions(businessDay(now), settings.slots, now)
  const ids = list.map((s) => s.sessionId)
  const items = ids.length ? ((await db.collection('flash_items').where({ sessionId: db.command.in(ids), enabled: true }).limit(1000).get()).data as FlashItemDoc[]) : []
  const left = await remainingOf(db, items.map((i) => i._id))
  const t = now.getTime()
  return {
    now: now.toISOString(),
    sessions: list.map((s) => ({
      sessionId: s.sessionId,
      start: s.slot.start,
      startAt: s.startAt.toISOString(),
      endAt: s.endAt.toISOString(),
      state: t < s.startAt.getTime() ? ('upcoming' as const) : ('live' as const),
      items: items
        .filter((i) => i.sessionId === s.sessionId)
        .sort((a, b) => a._id.localeCompare(b._id))
        .map((i) => itemCard(i, left.get(i._id) ?? 0, now)),
    })),
  }
}
