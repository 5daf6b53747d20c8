import type { Db } from '../_shared/db'

const PAGE = 1000

type Entry = { _id: string; amount: number; at: Date }

/**
 * The sum of a member's growth entries since `start` (inclusive), however many; entries
 * that land while a review runs count too (they are the member's latest growth):
 * pages of 1000 in (at, _id) order. Entries that share the last page's `at` are finished
 * by _id before moving past that instant, so none is skipped or counted twice.
 */
export async function growthSince(db: Db, memberId: string, start: Date): Promise<number> {
  const _ = db.command
  const ledger = db.collection('growth_ledger')
  const sum = (entries: Entry[]) => entries.reduce((s, e) => (Number.isFinite(e.amount) ? s + e.amount : s), 0)
  let total = 0
  let after: Date | undefined
  for (;;) {
    const at = after ? _.gt(after) : _.gte(start)
    const page = (await ledger.where({ memberId, at }).orderBy('at', 'asc').orderBy('_id', 'asc').field({ amount: true, at: true }).limit(PAGE).get()).data as Entry[]
    total += sum(page)
    if (page.length < PAGE) return total
    const last = page[page.length - 1]
    for (let id = last._id; ; ) {
      const same = (await ledger.where({ memberId, at: last.at, _id: _.gt(id) }).orderBy('_id', 'asc').field({ amount: true, at: true }).limit(PAGE).get()).data as Entry[]
      total += sum(same)
      if (same.length < PAGE) break
      id = same[same.length - 1]._id
    }
    after = last.at
  }
}
