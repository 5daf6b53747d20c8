import type { CategoryRecord } from '@/contracts/admin-records'
import type { RecordKind } from '../record-kind'

/** Catalog categories of the home grid (products name theirs by id). */
export const categoryKind: RecordKind<CategoryRecord> = {
  kind: 'category',
  collection: 'categories',
  searchText: (r) => r.name,
  toDoc: ({ id: _id, ...fields }) => ({ ...fields }),
  toRecord: (d) => ({ id: d._id, name: String(d.name ?? ''), icon: String(d.icon ?? ''), sort: Number(d.sort ?? 0) }),
}
