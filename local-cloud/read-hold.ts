/**
 * A deterministic interleaving for tests: "another transaction commits between my read
 * and my write". Armed for one document, it holds the first transaction that reads that
 * document, right after the read, until another transaction has committed a write to it
 * (or HOLD_TIMEOUT_MS pass). The held transaction then goes on with what it read, now
 * stale: first-committer-wins must refuse it, and its caller must re-run it.
 * One-shot: the next transaction to read the document is not held.
 */
const HOLD_TIMEOUT_MS = 5_000

export interface HoldReport {
  collection: string
  id: string
  /** armed: no reader yet; holding: a reader waits; released: another transaction committed the document; timed-out: none did in time. */
  state: 'armed' | 'holding' | 'released' | 'timed-out'
  /** How the held transaction ended: conflicted (refused at a write or at commit) or aborted (rolled back by its caller, e.g. after a duplicate key). */
  held: 'none' | 'running' | 'committed' | 'conflicted' | 'aborted'
}

export class ReadHold {
  private report: HoldReport | null = null
  private heldTx?: string
  private waiting?: Promise<void>
  private release?: () => void

  arm(target: { collection: string; id: string } | null): void {
    this.end('released')
    this.report = target && { collection: target.collection, id: target.id, state: 'armed', held: 'none' }
    this.heldTx = undefined
  }

  status(): HoldReport | null {
    return this.report && { ...this.report }
  }

  /** A transaction read a document: if it is the armed one, this transaction is held. */
  read(txId: string, coll: string, id: string): void {
    const r = this.report
    if (r?.state !== 'armed' || r.collection !== coll || r.id !== id) return
    r.state = 'holding'
    r.held = 'running'
    this.heldTx = txId
    this.waiting = new Promise((resolve) => {
      const timer = setTimeout(() => this.end('timed-out'), HOLD_TIMEOUT_MS)
      this.release = () => {
        clearTimeout(timer)
        resolve()
      }
    })
  }

  /** What the transaction's next reply waits for: the other commit, if it is the held one. */
  waitFor(txId: string | undefined): Promise<void> | undefined {
    return txId !== undefined && txId === this.heldTx && this.report?.state === 'holding' ? this.waiting : undefined
  }

  committed(txId: string, keys: Iterable<string>): void {
    const r = this.report
    if (!r) return
    if (txId === this.heldTx) r.held = 'committed'
    else if (r.state === 'holding' && [...keys].includes(`${r.collection}/${r.id}`)) this.end('released')
  }

  failed(txId: string, how: 'conflicted' | 'aborted'): void {
    if (this.report && txId === this.heldTx && this.report.held === 'running') this.report.held = how
  }

  private end(state: 'released' | 'timed-out'): void {
    if (this.report?.state === 'holding') this.report.state = state
    this.release?.()
    this.release = undefined
  }
}
