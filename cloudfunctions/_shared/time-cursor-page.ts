/**
 * One page of a collection in the stable order (time, _id), after a cursor: the rest of
 * the cursor's millisecond first (ids past the cursor's), then later (or, newest first,
 * earlier) times. Two simple range queries rather than one $or, so that an index on
 * (equality fields…, time, _id) serves each and a page costs its own size.
 * Used by points.history (newest first) and the console's new members (oldest first).
 */
import type { CollectionName } from '../../database/schema'
import type { Db } from './db'

export interface TimeCursor {
  at: Date
  id: string
}

export interface TimePageQuery {
  /** Equality filters (and other conditions on non-time fields). */
  where: Record<string, unknown>
  timeField: string
  order: 'asc' | 'desc'
  /** The last document of the previous page; null for the first page. */
  after: TimeCursor | null
  /** Inclusive time bounds. */
  from?: Date
  to?: Date
  limit: number
  fields?: Record<string, boolean>
}

export async function pageByTime<T extends { _id: string }>(db: Db, coll: CollectionName, q: TimePageQuery): Promise<T[]> {
  const _ = db.command
  const asc = q.order === 'asc'
  const select = <Q extends { field(f: Record<string, boolean>): Q }>(query: Q) => (q.fields ? query.field(q.fields) : query)
  const rows: T[] = []
  if (q.after) {
    const sameTime = { ...q.where, [q.timeField]: q.after.at, _id: asc ? _.gt(q.after.id) : _.lt(q.after.id) }
    rows.push(...((await select(db.collection(coll).where(sameTime).orderBy('_id', q.order).limit(q.limit)).get()).data as T[]))
  }
  if (rows.length < q.limit) {
    const bounds = [
      q.after ? (asc ? _.gt(q.after.at) : _.lt(q.after.at)) : null,
      q.from && (asc ? !q.after : true) ? _.gte(q.from) : null,
      q.to && (asc ? true : !q.after) ? _.lte(q.to) : null,
    ].filter((b) => b !== null)
    const time = bounds.reduce<unknown>((all, b) => (all ? (all as typeof b).and(b) : b), null)
    const rest = time ? { ...q.where, [q.timeField]: time } : q.where
    rows.push(...((await select(db.collection(coll).where(rest).orderBy(q.timeField, q.order).orderBy('_id', q.order).limit(q.limit - rows.length)).get()).data as T[]))
  }
  return rows
}

/** The cursor after a page's last document. */
export const cursorAfter = <T extends { _id: string }>(page: readonly T[], timeOf: (row: T) => Date): TimeCursor | null => {
  const last = page[page.length - 1]
  return last ? { at: new Date(timeOf(last)), id: last._id } : null
}
