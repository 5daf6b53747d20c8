import { ledgerDetail } from '@/domain/points'
import type { Db } from '../_shared/db'
import type { LedgerEntry } from '../_shared/points-ledger'

/** The names of the documents `ids` point at (one query by _id), as id → name. */
async function namesOf(db: Db, collection: 'mall_items' | 'stores', field: 'title' | 'name', ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>()
  if (!ids.length) return names
  const { data } = await db.collection(collection).where({ _id: db.command.in(ids) }).limit(ids.length).get()
  for (const doc of data as Record<string, string>[]) names.set(doc._id, doc[field])
  return names
}

const idsOf = (entries: readonly LedgerEntry[], code: LedgerEntry['code'], pick: (ref: NonNullable<LedgerEntry['ref']>) => string | undefined) => [
  ...new Set(entries.flatMap((e) => (e.code === code && e.ref && pick(e.ref) ? [pick(e.ref) as string] : []))),
]

/**
 * The detail line of each history entry (issue 16: say what each entry was). Mall
 * entries need the item's title and till purchases the store's name: one query by _id
 * each, for the page's entries.
 */
export async function ledgerDetails(db: Db, entries: readonly LedgerEntry[]): Promise<(string | undefined)[]> {
  const [items, stores] = await Promise.all([
    namesOf(db, 'mall_items', 'title', idsOf(entries, 'spend.mall', (r) => r.id)),
    namesOf(db, 'stores', 'name', idsOf(entries, 'earn.till', (r) => r.storeId)),
  ])
  return entries.map((e) => ledgerDetail(e.code, e.ref, { items, stores }))
}
