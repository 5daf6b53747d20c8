/**
 * Transactions as CloudBase runs them: single-document operations only, a write lock
 * per document (a second transaction writing it fails with a conflict at once), and
 * snapshot isolation as its docs describe (事务期间，读操作返回的是对象的快照): reads see
 * the documents as they were when the transaction started, plus its own writes; and
 * first-committer-wins on every document the transaction wrote: if someone changed it
 * since the transaction started, the commit fails with a conflict and `runTransaction`
 * re-runs the callback.
 */
import { randomBytes } from 'node:crypto'
import { Errors, fail } from './errors'
import type { Doc } from './paths'
import { ReadHold } from './read-hold'
import type { Change, Store } from './store'

/** Open transactions older than this are abandoned (a crashed function), freeing locks. */
const TRANSACTION_TTL_MS = 30_000

interface Transaction {
  id: string
  openedAt: number
  /** Where an injected conflict will strike this transaction, if one will. */
  doomedAt?: 'write' | 'commit'
  baseVersions: Map<string, number>
  writes: Map<string, Change>
  /** Documents changed by others since this transaction started, as they were at its start. */
  snapshot: Map<string, { doc: Doc | null; version: number }>
}

export interface Faults {
  /** Share (0..1) of transactions that meet an injected conflict. */
  conflictRate: number
  /**
   * Where: at a write (wx-server-sdk surfaces it as errCode -501001 and does not retry;
   * our functions' own retry must), at commit (the SDK's runTransaction re-runs the
   * callback), or either, half and half (the default).
   */
  conflictAt?: 'write' | 'commit' | 'either'
  /**
   * The next this-many transactions meet a conflict, whatever the rate: a deterministic
   * conflict for tests (where: `conflictAt`, 'either' meaning at the write).
   */
  conflictNext?: number
}

const keyOf = (coll: string, id: string) => `${coll}/${id}`

export class TransactionManager {
  private readonly open = new Map<string, Transaction>()
  private readonly locks = new Map<string, string>()
  /** Tests arm it to hold a transaction between its read and its write (see read-hold.ts). */
  readonly hold = new ReadHold()

  constructor(
    private readonly store: Store,
    private readonly faults: Faults,
    private readonly random: () => number = Math.random,
  ) {
    store.beforeApply((changes) => this.keepSnapshots(changes))
  }

  start(): string {
    const id = randomBytes(12).toString('hex')
    this.open.set(id, { id, openedAt: performance.now(), baseVersions: new Map(), writes: new Map(), snapshot: new Map(), doomedAt: this.injectConflict() })
    return id
  }

  read(txId: string, coll: string, id: string): Doc | null {
    const tx = this.live(txId)
    this.store.collection(coll)
    const key = keyOf(coll, id)
    this.touch(tx, key, coll, id)
    const own = tx.writes.get(key)
    if (own) return own.doc
    const kept = tx.snapshot.get(key)
    if (kept) return kept.doc
    return this.store.get(coll, id) ?? null
  }

  write(txId: string, change: Change): void {
    const tx = this.live(txId)
    this.store.collection(change.coll)
    const key = keyOf(change.coll, change.id)
    const holder = this.locks.get(key)
    if ((holder !== undefined && holder !== txId && this.isLive(holder)) || tx.doomedAt === 'write') {
      this.hold.failed(txId, 'conflicted')
      this.abort(txId)
      fail(Errors.conflict())
    }
    this.touch(tx, key, change.coll, change.id)
    this.locks.set(key, txId)
    tx.writes.set(key, change)
  }

  commit(txId: string): void {
    const tx = this.live(txId)
    try {
      if (tx.doomedAt) this.conflict(txId)
      for (const key of tx.writes.keys()) {
        const [coll, ...rest] = key.split('/')
        if (this.store.version(coll, rest.join('/')) !== tx.baseVersions.get(key)) this.conflict(txId)
      }
      this.store.apply([...tx.writes.values()])
      this.hold.committed(txId, tx.writes.keys())
    } finally {
      this.abort(txId)
    }
  }

  abort(txId: string): void {
    const tx = this.open.get(txId)
    if (!tx) return
    this.hold.failed(txId, 'aborted')
    for (const key of tx.writes.keys()) if (this.locks.get(key) === txId) this.locks.delete(key)
    this.open.delete(txId)
  }

  /** Open transactions, for tests that prove nothing is left behind. */
  openCount(): number {
    return this.open.size
  }

  /** After a read inside a transaction: the armed hold, if this is its document. */
  noteRead(txId: string, coll: string, id: string): void {
    this.hold.read(txId, coll, id)
  }

  private conflict(txId: string): never {
    this.hold.failed(txId, 'conflicted')
    return fail(Errors.conflict())
  }

  private injectConflict(): Transaction['doomedAt'] {
    const { conflictRate, conflictAt = 'either', conflictNext = 0 } = this.faults
    if (conflictNext > 0) {
      this.faults.conflictNext = conflictNext - 1
      return conflictAt === 'commit' ? 'commit' : 'write'
    }
    if (!(this.random() < conflictRate)) return undefined
    if (conflictAt === 'either') return this.random() < 0.5 ? 'write' : 'commit'
    return conflictAt
  }

  private touch(tx: Transaction, key: string, coll: string, id: string): void {
    if (!tx.baseVersions.has(key)) tx.baseVersions.set(key, tx.snapshot.get(key)?.version ?? this.store.version(coll, id))
  }

  /** Before a change lands, every open transaction keeps the document as it saw it. */
  private keepSnapshots(changes: readonly Change[]): void {
    for (const tx of this.open.values()) {
      if (!this.isLive(tx.id)) continue // abandoned: dropped here, or its snapshot would grow for ever
      for (const { coll, id } of changes) {
        const key = keyOf(coll, id)
        if (!tx.snapshot.has(key)) tx.snapshot.set(key, { doc: this.store.get(coll, id) ?? null, version: this.store.version(coll, id) })
      }
    }
  }

  private isLive(txId: string): boolean {
    const tx = this.open.get(txId)
    if (tx && performance.now() - tx.openedAt > TRANSACTION_TTL_MS) this.abort(txId)
    return this.open.has(txId)
  }

  private live(txId: string): Transaction {
    if (!this.isLive(txId)) fail(Errors.transactionNotFound(txId))
    return this.open.get(txId) as Transaction
  }
}
