/**
 * Timers walk a collection a page at a time in _id order (a query answers 1000 rows at
 * most, and a cursor on _id never skips or repeats a document while others change).
 */
import type { CollectionName } from '../../database/schema'
import type { Db } from './db'

export async function forEachPage<T extends { _id: string }>(
  db: Db,
  coll: CollectionName,
  where: Record<string, unknown>,
  visit: (page: T[]) => Promise<void>,
  options: { pageSize?: number; fields?: Record<string, boolean> } = {},
): Promise<void> {
  const pageSize = options.pageSize ?? 100
  for (let after = ''; ; ) {
    let query = db.collection(coll).where({ ...where, _id: db.command.gt(after) }).orderBy('_id', 'asc').limit(pageSize)
    if (options.fields) query = query.field(options.fields)
    const page = (await query.get()).data as T[]
    await visit(page)
    if (page.length < pageSize) return
    after = page[page.length - 1]._id
  }
}
