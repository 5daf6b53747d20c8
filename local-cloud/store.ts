/**
 * The committed state of the database: documents by collection, a version per
 * document (for transaction conflict checks) and unique indexes. Every change goes
 * through `apply`, which is synchronous, so one change is atomic in this process.
 */
import type { DatabaseSchema, IndexSpec } from './schema'
import { Errors, fail } from './errors'
import { type Doc, readPath } from './paths'
import { OrderedIndex } from './ordered-index'
import type { Persistence } from './persistence'

interface UniqueIndex {
  spec: IndexSpec
  owners: Map<string, string>
}

interface CollectionState {
  docs: Map<string, Doc>
  uniques: UniqueIndex[]
  /** The primary key (`_id`) first, then every declared index, kept sorted. */
  ordered: OrderedIndex[]
  /** Per-document version, by _id (the document's own id string: no key built per document). */
  versions: Map<string, number>
}

export interface Change {
  coll: string
  id: string
  /** The whole new document, or null for a removal. */
  doc: Doc | null
}

export class Store {
  private readonly collections = new Map<string, CollectionState>()
  /** Versions count changes; a document's outlives its removal so a re-insert is seen as a change. */
  private clock = 0
  /** Told of every change before it lands (transactions keep their snapshots). */
  private readonly watchers: ((changes: readonly Change[]) => void)[] = []

  constructor(schema: DatabaseSchema, private readonly persistence?: Persistence) {
    for (const spec of schema.collections) {
      this.collections.set(spec.name, {
        docs: new Map(),
        uniques: (spec.indexes ?? []).filter((i) => i.unique).map((i) => ({ spec: i, owners: new Map() })),
        ordered: [{ name: '_id_', fields: ['_id'] }, ...(spec.indexes ?? [])].map((i) => new OrderedIndex(i)),
        versions: new Map(),
      })
    }
    for (const { coll, doc } of persistence?.load() ?? []) {
      const state = this.collections.get(coll)
      if (!state) continue // a collection dropped from the schema: its rows stay on disk, unused
      state.docs.set(doc._id, doc)
      for (const u of state.uniques) this.index(u, doc)
    }
    for (const state of this.collections.values()) for (const index of state.ordered) index.load(() => state.docs.values())
  }

  hasCollection(coll: string): boolean {
    return this.collections.has(coll)
  }

  collection(coll: string): CollectionState {
    return this.collections.get(coll) ?? fail(Errors.collectionMissing(coll))
  }

  get(coll: string, id: string): Doc | undefined {
    return this.collection(coll).docs.get(id)
  }

  /** The collection's indexes, the primary key first. */
  indexes(coll: string): OrderedIndex[] {
    return this.collection(coll).ordered
  }

  size(coll: string): number {
    return this.collection(coll).docs.size
  }

  all(coll: string): Doc[] {
    return [...this.collection(coll).docs.values()]
  }

  beforeApply(watch: (changes: readonly Change[]) => void): void {
    this.watchers.push(watch)
  }

  version(coll: string, id: string): number {
    return this.collection(coll).versions.get(id) ?? 0
  }

  /**
   * Applies changes all or nothing: a unique-index violation in any of them undoes the
   * ones before it and throws. Documents are stored as given (callers pass copies).
   */
  apply(changes: Change[]): void {
    for (const watch of this.watchers) watch(changes)
    const undo: Change[] = []
    try {
      for (const change of changes) {
        const before = this.collection(change.coll).docs.get(change.id) ?? null
        this.applyOne(change)
        undo.push({ ...change, doc: before })
      }
    } catch (e) {
      for (const change of undo.reverse()) this.applyOne(change, false)
      throw e
    }
    for (const change of changes) {
      this.collection(change.coll).versions.set(change.id, ++this.clock)
      this.persistence?.write(change.coll, change.id, change.doc)
    }
  }

  private applyOne({ coll, id, doc }: Change, check = true): void {
    const state = this.collection(coll)
    if (check && doc) {
      for (const u of state.uniques) {
        const key = this.keyOf(u.spec, doc)
        const owner = key === undefined ? undefined : u.owners.get(key)
        if (owner !== undefined && owner !== id) fail(Errors.duplicateKey(coll, u.spec.name, key as string))
      }
    }
    const before = state.docs.get(id)
    for (const index of state.ordered) index.move(before ?? null, doc)
    if (before) for (const u of state.uniques) this.unindex(u, before)
    if (doc) {
      state.docs.set(id, doc)
      for (const u of state.uniques) this.index(u, doc)
    } else {
      state.docs.delete(id)
    }
  }

  private keyOf(spec: IndexSpec, doc: Doc): string | undefined {
    const values = spec.fields.map((f) => readPath(doc, f))
    if (spec.sparse && values.some((v) => v === undefined)) return undefined
    return JSON.stringify(values.map((v) => (v === undefined ? null : v)))
  }

  private index(u: UniqueIndex, doc: Doc): void {
    const key = this.keyOf(u.spec, doc)
    if (key !== undefined) u.owners.set(key, doc._id)
  }

  private unindex(u: UniqueIndex, doc: Doc): void {
    const key = this.keyOf(u.spec, doc)
    if (key !== undefined && u.owners.get(key) === doc._id) u.owners.delete(key)
  }
}
