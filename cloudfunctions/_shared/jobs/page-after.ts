/**
 * Timers walk a collection a page at a time in _id order (a query answers 1000 rows at
 * most, and a cursor on _id never skips or repeats a document while others change). The
 * query is an equality filter plus `_id > after`: an index on the filter's fields serves it
 * (every index ends with _id).
 */
import type { CollectionName } from '../../../database/schema'
import type { Db } from '../db'

export const pageAfter =
  <T extends { _id: string }>(db: Db, coll: CollectionName, where: Record<string, unknown>, options: { pageSize: number; fields?: Record<string, boolean> }) =>
  async (after: string): Promise<T[]> => {
    let query = db.collection(coll).where({ ...where, _id: db.command.gt(after) }).orderBy('_id', 'asc').limit(options.pageSize)
    if (options.fields) query = query.field(options.fields)
    return (await query.get()).data as T[]
  }
