import { addDays, startOfDay } from '../time'
import type { FlashSession, FlashSlot } from './types'

const SLOT_RE = /^([01]\d|2[0-3]):([0-5]\d)$/

export const isSlotTime = (value: string): boolean => SLOT_RE.test(value)

export const sessionIdOf = (day: string, start: string) => `${day}@${start}`

/** A slot of a business day as instants: '10:00' on 2026-11-30 starts at 02:00:00.000Z. */
export function sessionOf(day: string, slot: FlashSlot): FlashSession {
  const m = SLOT_RE.exec(slot.start)
  if (!m) throw new Error(`not a slot time: ${slot.start}`)
  const startAt = new Date(startOfDay(day).getTime() + (Number(m[1]) * 60 + Number(m[2])) * 60_000)
  return { sessionId: sessionIdOf(day, slot.start), day, slot, startAt, endAt: new Date(startAt.getTime() + slot.minutes * 60_000) }
}

/** Today's and tomorrow's sessions that have not ended, earliest first: the list's tabs. */
export function upcomingSessions(today: string, slots: readonly FlashSlot[], now: Date, days = 2): FlashSession[] {
  const all: FlashSession[] = []
  for (let d = 0; d < days; d++) for (const slot of slots) all.push(sessionOf(addDays(today, d), slot))
  return all.filter((s) => s.endAt.getTime() > now.getTime()).sort((a, b) => a.startAt.getTime() - b.startAt.getTime())
}
