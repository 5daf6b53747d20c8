import { businessDay } from '../time'
import type { Attribution } from './attribute-join'

export interface NewMemberCounts {
  byDay: { key: string; count: number }[]
  byStore: { key: string; count: number }[]
  byStaff: { key: string; count: number }[]
  byChannel: { key: string; count: number }[]
}

const NONE = '(无)'

/** New members counted by Shanghai day, store, staff and channel (no attribution = '(无)'). */
export function countNewMembers(members: readonly { joinedAt: Date; attribution: Attribution | null }[]): NewMemberCounts {
  const tally = () => new Map<string, number>()
  const byDay = tally(), byStore = tally(), byStaff = tally(), byChannel = tally()
  const add = (m: Map<string, number>, key: string | null | undefined) => m.set(key || NONE, (m.get(key || NONE) ?? 0) + 1)
  for (const m of members) {
    add(byDay, businessDay(m.joinedAt))
    add(byStore, m.attribution?.storeId)
    add(byStaff, m.attribution?.staffId)
    add(byChannel, m.attribution?.channel)
  }
  const rows = (m: Map<string, number>) => [...m].map(([key, count]) => ({ key, count })).sort((a, b) => (a.key < b.key ? -1 : 1))
  return { byDay: rows(byDay), byStore: rows(byStore), byStaff: rows(byStaff), byChannel: rows(byChannel) }
}
