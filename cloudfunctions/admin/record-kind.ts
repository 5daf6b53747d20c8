/** What the console's generic record actions need to know about one kind of record. */
import type { AdminKind } from '@/contracts/admin'
import type { CollectionName } from '../../database/schema'
import type { Db, Tx } from '../_shared/db'

/** A record as stored: its fields, whether it is in use, when it last changed. */
export type StoredDoc = Record<string, unknown> & { _id: string; enabled?: boolean; updatedAt?: Date; left?: number }

/** Who is writing and when: what a kind's checks may need (a leader's approver). */
export interface WriteContext {
  openid: string
  now: Date
}

export interface RecordKind<R extends { id: string }, F = void> {
  kind: AdminKind
  collection: CollectionName
  /** The store a record belongs to, for kinds a 店长 may manage; absent = chain-wide (admins only). */
  storeOf?: (record: R) => string
  /** What a 店长 may do besides list/get/update of their own store's records. */
  managerMay?: { create?: boolean; retire?: boolean }
  /** The text a list search matches (the id is always matched). */
  searchText: (record: R) => string
  /** The stored fields of a record (throws ActionError for a record the rules refuse); `facts` is what check found. */
  toDoc: (record: R, before: StoredDoc | null, facts: F) => Record<string, unknown>
  /** The record of a stored document (older documents may lack optional fields). */
  toRecord: (doc: StoredDoc) => R
  /** Checks that read other documents (the store of a scene exists…), before any write; returns what toDoc needs of them. */
  check?: (db: Db, record: R, ctx: WriteContext) => Promise<F>
  /** The document id of a record id, when they differ (a leader: card number → openid); null = no such record. */
  docIdOf?: (db: Db, id: string) => Promise<string | null>
  /** Other documents written with the record, in its transaction (a product's SKUs, a flash item's shards, a leader's scene); `record` is null for a retire; `db` for its commands. */
  alsoWrite?: (tx: Tx, after: StoredDoc, before: StoredDoc | null, record: R | null, db: Db) => Promise<void>
  /** The document with what lives in other documents (SKU stock, shards left), for replies and the audit. */
  withLive?: (db: Db | Tx, doc: StoredDoc) => Promise<StoredDoc>
  /** A retired record may be created again under its id (a leader approved again), keeping what toDoc keeps of it. */
  recreatable?: boolean
  /** Fields a retire sets besides `enabled: false` (a product goes off sale). */
  retiredFields?: Record<string, unknown>
}
