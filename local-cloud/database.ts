/**
 * The CloudBase database API as the SDK calls it (`database.getDocument`, …), over the
 * in-process store. Queries, updates and aggregation use MongoDB semantics (mingo),
 * which is what CloudBase's document database runs.
 */
import { randomBytes } from 'node:crypto'
import { aggregate, find, update as applyUpdate } from 'mingo'
import { decode, encode } from './ejson'
import { DbFailure, Errors, dbError, fail, type DbError } from './errors'
import { cloneDoc, type Doc } from './paths'
import type { Store } from './store'
import { TransactionManager, type Faults } from './transactions'

type Params = Record<string, unknown>
type Reply = Record<string, unknown>

/** Production's row caps: 100 rows unless asked, 1000 at most. */
export const DEFAULT_LIMIT = 100
export const MAX_LIMIT = 1000
/** Aggregation without a $limit stage answers 20 rows, as CloudBase does. */
export const AGGREGATE_DEFAULT_LIMIT = 20

const newId = () => randomBytes(16).toString('hex')

export class LocalDatabase {
  readonly transactions: TransactionManager
  private requests = 0

  constructor(
    readonly store: Store,
    readonly faults: Faults = { conflictRate: 0 },
  ) {
    this.transactions = new TransactionManager(store, faults)
  }

  /** One request of the SDK; never throws: failures are answered as `{ code, message }`. */
  async handle(api: string, params: Params = {}): Promise<Reply | DbError> {
    const requestId = `local-${++this.requests}`
    try {
      const reply = { ...this.dispatch(api, params), requestId }
      // A transaction that a test holds between its read and its write waits here.
      await this.transactions.hold.waitFor(params.transactionId as string | undefined)
      return reply
    } catch (e) {
      const error = e instanceof DbFailure ? e.error : dbError('DATABASE_REQUEST_FAILED', String((e as Error)?.message ?? e))
      return { ...error, requestId }
    }
  }

  private dispatch(api: string, p: Params): Reply {
    const tx = typeof p.transactionId === 'string' ? p.transactionId : undefined
    const coll = p.collectionName as string
    switch (api) {
      case 'database.startTransaction':
        return { transactionId: this.transactions.start() }
      case 'database.commitTransaction':
        this.transactions.commit(p.transactionId as string)
        return {}
      case 'database.abortTransaction':
        this.transactions.abort(p.transactionId as string)
        return {}
      case 'database.addCollection':
        fail(Errors.unsupported('createCollection: declare collections in database/schema.ts'))
        return {}
      case 'database.insertDocument':
        return { data: { insertedIds: this.insert(coll, p.data as string[], tx) } }
      case 'database.getDocument':
        return this.get(coll, p, tx)
      case 'database.calculateDocument':
        return { data: { total: this.match(coll, decode(p.query) ?? {}).length } }
      case 'database.modifyDocument':
        return { data: this.modify(coll, p, tx) }
      case 'database.removeDocument':
        return { data: { deleted: this.remove(coll, p, tx) } }
      case 'database.aggregateDocuments':
        return { data: { list: this.aggregate(coll, p.stages as { stageKey: string; stageValue: string }[]).map(encode) } }
      default:
        return fail(Errors.unsupported(api))
    }
  }

  private match(coll: string, query: object): Doc[] {
    return find(this.store.all(coll), query as Record<string, unknown>).all() as Doc[]
  }

  /** A single-document operation names only `_id`; anything else is a where(). */
  private docId(p: Params, tx?: string): string | undefined {
    if (p.queryType !== 'DOC') {
      if (tx) fail(Errors.whereInTransaction())
      return undefined
    }
    const query = decode<{ _id?: unknown }>(p.query) ?? {}
    if (typeof query._id !== 'string') fail(Errors.invalidParam('docId不能为空'))
    return query._id as string
  }

  private insert(coll: string, rows: string[], tx?: string): string[] {
    this.store.collection(coll)
    const docs = rows.map((row) => {
      const doc = decode<Doc>(row)
      return { ...doc, _id: typeof doc._id === 'string' && doc._id ? doc._id : newId() }
    })
    for (const doc of docs) {
      const exists = tx ? this.transactions.read(tx, coll, doc._id) : this.store.get(coll, doc._id)
      if (exists) fail(Errors.duplicateKey(coll, '_id_', JSON.stringify({ _id: doc._id })))
      if (tx) this.transactions.write(tx, { coll, id: doc._id, doc })
    }
    if (!tx) this.store.apply(docs.map((doc) => ({ coll, id: doc._id, doc })))
    return docs.map((d) => d._id)
  }

  private get(coll: string, p: Params, tx?: string): Reply {
    const id = this.docId(p, tx)
    const projection = p.projection ? decode<Record<string, unknown>>(p.projection) : undefined
    let docs: Doc[]
    if (id !== undefined) {
      const doc = tx ? this.transactions.read(tx, coll, id) : (this.store.get(coll, id) ?? null)
      if (tx) this.transactions.noteRead(tx, coll, id)
      docs = doc ? [doc] : []
    } else {
      const limit = Math.min(Number(p.limit) > 0 ? Number(p.limit) : DEFAULT_LIMIT, MAX_LIMIT)
      let cursor = find(this.store.all(coll), decode<Record<string, unknown>>(p.query) ?? {})
      if (p.order) cursor = cursor.sort(decode<Record<string, 1 | -1>>(p.order))
      docs = cursor.skip(Number(p.offset) || 0).limit(limit).all() as Doc[]
    }
    if (projection) docs = find(docs, {}, projection).all() as Doc[]
    return { data: { list: docs.map(encode) } }
  }

  private modify(coll: string, p: Params, tx?: string): { updated: number; upsert_id?: string } {
    const id = this.docId(p, tx)
    const data = decode<Record<string, unknown>>(p.data) ?? {}
    if (id === undefined) return { updated: this.updateWhere(coll, decode(p.query) ?? {}, data, p.multi !== false) }
    const current = tx ? this.transactions.read(tx, coll, id) : (this.store.get(coll, id) ?? null)
    let next: Doc
    if (p.merge === false) {
      next = { ...data, _id: id } // set(): the document is replaced, or created
    } else {
      if (!current) return { updated: 0 }
      next = cloneDoc(current)
      if (applyUpdate(next, data).length === 0) return { updated: 0 }
    }
    if (tx) this.transactions.write(tx, { coll, id, doc: next })
    else this.store.apply([{ coll, id, doc: next }])
    return current ? { updated: 1 } : { updated: 0, upsert_id: id }
  }

  private updateWhere(coll: string, query: object, data: Record<string, unknown>, multi: boolean): number {
    const matched = this.match(coll, query)
    const changes = []
    for (const doc of multi ? matched : matched.slice(0, 1)) {
      const next = cloneDoc(doc)
      if (applyUpdate(next, data).length > 0) changes.push({ coll, id: next._id, doc: next })
    }
    this.store.apply(changes)
    return changes.length
  }

  private remove(coll: string, p: Params, tx?: string): number {
    const id = this.docId(p, tx)
    if (id === undefined) {
      const matched = this.match(coll, decode(p.query) ?? {})
      const gone = p.multi === false ? matched.slice(0, 1) : matched
      this.store.apply(gone.map((d) => ({ coll, id: d._id, doc: null })))
      return gone.length
    }
    const current = tx ? this.transactions.read(tx, coll, id) : this.store.get(coll, id)
    if (!current) return 0
    if (tx) this.transactions.write(tx, { coll, id, doc: null })
    else this.store.apply([{ coll, id, doc: null }])
    return 1
  }

  private aggregate(coll: string, stages: { stageKey: string; stageValue: string }[]): unknown[] {
    const pipeline = stages.map(({ stageKey, stageValue }) => ({ [stageKey]: decode(stageValue) }))
    if (!pipeline.some((s) => '$limit' in s)) pipeline.push({ $limit: AGGREGATE_DEFAULT_LIMIT })
    return aggregate(this.store.all(coll), pipeline)
  }
}
