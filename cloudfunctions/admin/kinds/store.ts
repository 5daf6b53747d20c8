import type { StoreRecord } from '@/contracts/admin-records'
import type { RecordKind } from '../record-kind'

/** Stores: an admin opens and retires them; a 店长 edits their own store's details. */
export const storeKind: RecordKind<StoreRecord> = {
  kind: 'store',
  collection: 'stores',
  storeOf: (r) => r.id,
  searchText: (r) => `${r.name} ${r.address}`,
  toDoc: ({ id: _id, ...fields }) => ({ ...fields }),
  toRecord: (d) => ({ id: d._id, name: String(d.name ?? ''), address: String(d.address ?? ''), ...(typeof d.phone === 'string' ? { phone: d.phone } : {}) }),
}
