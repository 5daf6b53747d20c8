/**
 * A sorted list in chunks (as Python's sortedcontainers does): insert, delete and a
 * bound search cost O(log n + chunk size), so an index of millions of entries is as
 * quick to maintain and to search as one of a thousand. No dependency needed.
 */
const CHUNK = 512

export type Bound<T> = (item: T) => number

export interface Position {
  chunk: number
  at: number
}

export class SortedList<T> {
  private chunks: T[][] = []

  constructor(private readonly compare: (a: T, b: T) => number) {}

  /** Replaces the content with `items` (any order): one sort, for loading a collection. */
  load(items: T[]): void {
    const sorted = [...items].sort(this.compare)
    this.chunks = []
    for (let i = 0; i < sorted.length; i += CHUNK) this.chunks.push(sorted.slice(i, i + CHUNK))
  }

  get size(): number {
    return this.chunks.reduce((n, c) => n + c.length, 0)
  }

  insert(item: T): void {
    if (!this.chunks.length) {
      this.chunks.push([item])
      return
    }
    const ci = Math.min(this.firstChunk((x) => this.compare(x, item)), this.chunks.length - 1)
    const chunk = this.chunks[ci]
    chunk.splice(lowerIndex(chunk, (x) => this.compare(x, item)), 0, item)
    if (chunk.length > 2 * CHUNK) this.chunks.splice(ci, 1, chunk.slice(0, CHUNK), chunk.slice(CHUNK))
  }

  /** Removes the item that compares equal to `item`; false when there is none. */
  delete(item: T): boolean {
    const ci = this.firstChunk((x) => this.compare(x, item))
    const chunk = this.chunks[ci]
    if (!chunk) return false
    const at = lowerIndex(chunk, (x) => this.compare(x, item))
    if (at >= chunk.length || this.compare(chunk[at], item) !== 0) return false
    chunk.splice(at, 1)
    if (!chunk.length) this.chunks.splice(ci, 1)
    return true
  }

  /** Items from the first one with bound(item) >= 0, upward. */
  *ascending(from: Bound<T>): Generator<T> {
    const start = this.firstChunk(from)
    for (let ci = start; ci < this.chunks.length; ci++) {
      const chunk = this.chunks[ci]
      for (let i = ci === start ? lowerIndex(chunk, from) : 0; i < chunk.length; i++) yield chunk[i]
    }
  }

  /** Items from the last one with bound(item) <= 0, downward. */
  *descending(to: Bound<T>): Generator<T> {
    const after: Bound<T> = (x) => (to(x) <= 0 ? -1 : 1)
    const start = Math.min(this.firstChunk(after), this.chunks.length - 1)
    for (let ci = start; ci >= 0; ci--) {
      const chunk = this.chunks[ci]
      for (let i = ci === start ? lowerIndex(chunk, after) - 1 : chunk.length - 1; i >= 0; i--) yield chunk[i]
    }
  }

  /** The first chunk whose last item has bound >= 0 (chunks.length when none). */
  private firstChunk(bound: Bound<T>): number {
    let lo = 0
    let hi = this.chunks.length
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      const chunk = this.chunks[mid]
      if (bound(chunk[chunk.length - 1]) < 0) lo = mid + 1
      else hi = mid
    }
    return lo
  }
}

/** The first index in `items` with bound(item) >= 0. */
function lowerIndex<T>(items: T[], bound: Bound<T>): number {
  let lo = 0
  let hi = items.length
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (bound(items[mid]) < 0) lo = mid + 1
    else hi = mid
  }
  return lo
}
