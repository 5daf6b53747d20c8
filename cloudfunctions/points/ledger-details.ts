import { ledgerDetail } from '@/domain/points'
import type { Db } from '../_shared/db'
import type { LedgerEntry } from '../_shared/points-ledger'

/**
 * The detail line of each history entry (issue 16: say what each entry was). Mall
 * entries need the item's title: one query by _id for the page's items.
 */
export async function ledgerDetails(db: Db, entries: readonly LedgerEntry[]): Promise<(string | undefined)[]> {
  const ids = [...new Set(entries.filter((e) => e.code === 'spend.mall' && e.ref?.id).map((e) => (e.ref as { id: string }).id))]
  const titles = new Map<string, string>()
  if (ids.length) {
    const { data } = await db.collection('mall_items').where({ _id: db.command.in(ids) }).limit(ids.length).get()
    for (const item of data as { _id: string; title: string }[]) titles.set(item._id, item.title)
  }
  return entries.map((e) => ledgerDetail(e.code, e.ref, titles))
}
