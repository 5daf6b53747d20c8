/**
 * The part of wx-server-sdk's database we use, typed. A transaction's collection has
 * no where(): CloudBase rejects it, and here the compiler does too.
 */
import type { CollectionName } from '../../database/schema'

type Data = Record<string, unknown>

export interface DocumentRef {
  get(): Promise<{ data: unknown }>
  set(options: { data: Data }): Promise<unknown>
  update(options: { data: Data }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface Query {
  where(query: Data): Query
  orderBy(field: string, direction: 'asc' | 'desc'): Query
  skip(n: number): Query
  limit(n: number): Query
  field(projection: Record<string, boolean>): Query
  get(): Promise<{ data: unknown[] }>
  count(): Promise<{ total: number }>
  update(options: { data: Data }): Promise<{ stats: { updated: number } }>
  remove(): Promise<{ stats: { removed: number } }>
}

export interface Aggregate {
  match(query: Data): Aggregate
  group(spec: Data): Aggregate
  sort(spec: Record<string, 1 | -1>): Aggregate
  limit(n: number): Aggregate
  skip(n: number): Aggregate
  project(spec: Data): Aggregate
  end(): Promise<{ list: unknown[] }>
}

export interface Collection extends Query {
  doc(id: string): DocumentRef
  add(options: { data: Data }): Promise<{ _id: string }>
  aggregate(): Aggregate
}

export interface TxCollection {
  doc(id: string): DocumentRef
  add(options: { data: Data }): Promise<{ _id: string }>
}

export interface Tx {
  collection(name: CollectionName): TxCollection
}

export interface Db {
  collection(name: CollectionName): Collection
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  command: any
  serverDate(options?: { offset: number }): unknown
  runTransaction<T>(work: (tx: Tx) => Promise<T>, retries?: number): Promise<T>
}

/** The document, or null: production's doc().get() throws for a missing document. */
export async function findById<T>(source: Db | Tx, coll: CollectionName, id: string): Promise<(T & { _id: string }) | null> {
  try {
    const { data } = await source.collection(coll).doc(id).get()
    return (data as (T & { _id: string }) | null) ?? null
  } catch (e) {
    if (/does not exist/.test(String((e as { errMsg?: string }).errMsg ?? (e as Error).message))) return null
    throw e
  }
}
