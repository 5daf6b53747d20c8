/**
 * The CloudBase database API as the SDK calls it (`database.getDocument`, …), over the
 * in-process store. Queries, updates and aggregation use MongoDB semantics (mingo),
 * which is what CloudBase's document database runs.
 */
import { randomBytes } from 'node:crypto'
import { Query, aggregate, find, update as applyUpdate } from 'mingo'
import { decode, encode } from './ejson'
import { currentCaller } from './context'
import { DbFailure, Errors, dbError, fail, type DbError } from './errors'
import { cloneDoc, type Doc } from './paths'
import { describeShape, planQuery, shapeOf, suggestIndex, termsOf, type QueryShape } from './query-plan'
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

/**
 * What an unindexed query does: 'error' (tests, npm run dev, the bench) refuses it on a
 * collection above `threshold` documents, naming the index to add; 'warn' logs it once.
 * Small collections (settings, templates) may be scanned: production scans them too.
 */
export interface IndexPolicy {
  unindexed: 'error' | 'warn' | 'off'
  threshold: number
}

export const UNINDEXED_THRESHOLD = 20

/** A query shape the functions used, and the index that served it (none: a scan). */
export interface ShapeRecord {
  shape: QueryShape
  index?: string
  count: number
}

function unindexedMessage(shape: QueryShape, size: number): string {
  const what = `unindexed query on ${shape.collection} (${size} documents): ${describeShape(shape)}.`
  if (shape.unsupported) return `${what} No index serves $or/$expr here: run one query per branch.`
  const index = suggestIndex(shape)
  return `${what} Declare the index in database/schema.ts, collection '${shape.collection}': { name: '${index.name}', fields: ${JSON.stringify(index.fields)} }`
}

/** Every combination of one value per list ($in on several fields). */
const combinations = (lists: unknown[][]): unknown[][] => lists.reduce<unknown[][]>((acc, list) => acc.flatMap((c) => list.map((v) => [...c, v])), [[]])

export class LocalDatabase {
  readonly transactions: TransactionManager
  private requests = 0
  /** Every query shape seen, by its description (read by the index coverage test). */
  readonly shapes = new Map<string, ShapeRecord>()
  policy: IndexPolicy = { unindexed: 'off', threshold: UNINDEXED_THRESHOLD }
  /** Index entries and documents looked at to answer queries: the cost the bench reports. */
  readonly stats = { requests: 0, examined: 0 }
  private warned = new Set<string>()
  /** Test seam: runs before each request is answered, to interleave another call deterministically. */
  beforeRequest?: (api: string, params: Params) => Promise<void> | void

  constructor(
    readonly store: Store,
    readonly faults: Faults = { conflictRate: 0 },
  ) {
    this.transactions = new TransactionManager(store, faults)
  }

  /** One request of the SDK; never throws: failures are answered as `{ code, message }`. */
  async handle(api: string, params: Params = {}): Promise<Reply | DbError> {
    const requestId = `local-${++this.requests}`
    this.stats.requests++
    if (this.beforeRequest) await this.beforeRequest(api, params)
    try {
      if (currentCaller()?.invocation?.cutOff) fail(Errors.invocationCutOff())
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
        return { data: { total: this.select(coll, decode(p.query) ?? {}).length } }
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

  /** The matching documents, through the index that serves the query (else a scan). */
  private select(coll: string, query: Record<string, unknown>, order?: Record<string, 1 | -1>, offset = 0, limit?: number): Doc[] {
    this.store.collection(coll)
    const terms = termsOf(query)
    const shape = shapeOf(coll, terms, order)
    const plan = planQuery(this.store.indexes(coll), shape, terms)
    // Only functions' queries count: a test's checks or a seed script (no caller) may scan.
    const fromFunction = currentCaller() !== undefined
    if (fromFunction) this.record(shape, plan?.index.spec.name)
    if (!plan) {
      if (fromFunction) this.refuseUnindexed(shape)
      this.stats.examined += this.store.size(coll)
      let cursor = find(this.store.all(coll), query)
      if (order) cursor = cursor.sort(order)
      cursor = cursor.skip(offset)
      return (limit === undefined ? cursor : cursor.limit(limit)).all() as Doc[]
    }
    const test = new Query(query, {})
    const prefixes = combinations(plan.prefix)
    const streamed = plan.ordered && prefixes.length === 1
    const seen = new Set<string>()
    const out: Doc[] = []
    let skipped = 0
    for (const prefix of prefixes) {
      for (const id of plan.index.scan(prefix, plan.range, plan.descending)) {
        this.stats.examined++
        if (prefixes.length > 1) {
          if (seen.has(id)) continue
          seen.add(id)
        }
        const doc = this.store.get(coll, id)
        if (!doc || !test.test(doc)) continue
        if (streamed && skipped < offset) {
          skipped++
          continue
        }
        out.push(doc)
        if (streamed && limit !== undefined && out.length >= limit) return out
      }
    }
    if (streamed) return out
    let cursor = find(out, {})
    if (order) cursor = cursor.sort(order)
    cursor = cursor.skip(offset)
    return (limit === undefined ? cursor : cursor.limit(limit)).all() as Doc[]
  }

  private record(shape: QueryShape, index: string | undefined): void {
    const key = describeShape(shape)
    const seen = this.shapes.get(key)
    if (seen) seen.count++
    else this.shapes.set(key, { shape, index, count: 1 })
  }

  private refuseUnindexed(shape: QueryShape): void {
    const size = this.store.size(shape.collection)
    if (this.policy.unindexed === 'off' || size <= this.policy.threshold) return
    const message = unindexedMessage(shape, size)
    if (this.policy.unindexed === 'warn') {
      if (!this.warned.has(message)) console.warn(`[local-cloud] ${message}`)
      this.warned.add(message)
      return
    }
    console.error(`[local-cloud] ${message}`)
    fail(Errors.unindexed(message))
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
      const order = p.order ? decode<Record<string, 1 | -1>>(p.order) : undefined
      docs = this.select(coll, decode<Record<string, unknown>>(p.query) ?? {}, order, Number(p.offset) || 0, limit)
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
    const matched = this.select(coll, query as Record<string, unknown>)
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
      const matched = this.select(coll, decode(p.query) ?? {})
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
