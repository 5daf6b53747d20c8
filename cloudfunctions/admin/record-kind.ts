/** What the console's generic record actions need to know about one kind of record. */
import type { AdminKind } from '@/contracts/admin'
import type { CollectionName } from '../../database/schema'
import type { Db } from '../_shared/db'

/** A record as stored: its fields, whether it is in use, when it last changed. */
export type StoredDoc = Record<string, unknown> & { _id: string; enabled?: boolean; updatedAt?: Date; left?: number }

export interface RecordKind<R extends { id: string }> {
  kind: AdminKind
  collection: CollectionName
  /** The store a record belongs to, for kinds a 店长 may manage; absent = chain-wide (admins only). */
  storeOf?: (record: R) => string
  /** What a 店长 may do besides list/get/update of their own store's records. */
  managerMay?: { create?: boolean; retire?: boolean }
  /** The text a list search matches (the id is always matched). */
  searchText: (record: R) => string
  /** The stored fields of a record (throws ActionError for a record the rules refuse). */
  toDoc: (record: R, before: StoredDoc | null) => Record<string, unknown>
  /** The record of a stored document (older documents may lack optional fields). */
  toRecord: (doc: StoredDoc) => R
  /** Checks that read other documents (the store of a scene exists…), before any write. */
  check?: (db: Db, record: R) => Promise<void>
}
