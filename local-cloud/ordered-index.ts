/**
 * An index as the database keeps one: entries sorted by the index's fields, then `_id`
 * (so every entry is unique and a page walk on a field is stable). Values of different
 * types order as MongoDB orders them: null/missing, numbers, strings, objects, arrays,
 * booleans, dates.
 */
import { isDate } from 'node:util/types'
import { readPath, type Doc } from './paths'
import type { IndexSpec } from './schema'
import { SortedList } from './sorted-list'

/** An entry is its key: the index's field values, `_id` last (no wrapper object: millions of these). */
type Entry = unknown[]

const rank = (v: unknown): number => {
  if (v === null || v === undefined) return 0
  if (typeof v === 'number') return 1
  if (typeof v === 'string') return 2
  if (typeof v === 'boolean') return 5
  if (isDate(v)) return 6
  return Array.isArray(v) ? 4 : 3
}

export function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a)
  const rb = rank(b)
  if (ra !== rb) return ra - rb
  if (ra === 0) return 0
  if (ra === 6) return (a as Date).getTime() - (b as Date).getTime() // Dates from any realm (jest loads functions in another)
  if (ra === 3 || ra === 4) {
    const [sa, sb] = [JSON.stringify(a), JSON.stringify(b)]
    return sa < sb ? -1 : sa > sb ? 1 : 0
  }
  return (a as number) < (b as number) ? -1 : (a as number) > (b as number) ? 1 : 0
}

/** Compares `key` with `bound` on the bound's length only (a bound is a key prefix). */
function comparePrefix(key: unknown[], bound: unknown[]): number {
  for (let i = 0; i < bound.length; i++) {
    const c = compareValues(key[i], bound[i])
    if (c !== 0) return c
  }
  return 0
}

/** A range on the field after the equality prefix; bounds are inclusive (the query filters exact ones). */
export interface NextRange {
  lower?: { value: unknown }
  upper?: { value: unknown }
}

export class OrderedIndex {
  /** The declared fields, then `_id` (unless it is the last already). */
  readonly fields: string[]
  private readonly entries = new SortedList<Entry>(comparePrefix)
  private unbuilt: (() => Iterable<Doc>) | null = null

  constructor(readonly spec: IndexSpec) {
    this.fields = spec.fields.at(-1) === '_id' ? [...spec.fields] : [...spec.fields, '_id']
  }

  private entryOf(doc: Doc): Entry {
    return this.fields.map((f) => (f === '_id' ? doc._id : readPath(doc, f)))
  }

  /**
   * The collection's documents as they stand when the index is first used: start-up does
   * not sort every index of a large base before the host answers (each index is sorted
   * by the first query or write that needs it).
   */
  load(docs: () => Iterable<Doc>): void {
    this.unbuilt = docs
  }

  /** Sorts the index now if it has not been yet (the bench, before it times anything). */
  build(): void {
    this.built()
  }

  private built(): SortedList<Entry> {
    if (this.unbuilt) {
      const docs = this.unbuilt
      this.unbuilt = null
      this.entries.load([...docs()].map((d) => this.entryOf(d)))
    }
    return this.entries
  }

  /** Moves a document's entry from `before` to `after` (either may be null). */
  move(before: Doc | null, after: Doc | null): void {
    const from = before && this.entryOf(before)
    const to = after && this.entryOf(after)
    if (from && to && comparePrefix(from, to) === 0) return
    if (from) this.built().delete(from)
    if (to) this.built().insert(to)
  }

  /** Ids whose key starts with `prefix` and whose next field is in `range`, in index order. */
  *scan(prefix: unknown[], range: NextRange = {}, descending = false): Generator<string> {
    const low = range.lower ? [...prefix, range.lower.value] : prefix
    const high = range.upper ? [...prefix, range.upper.value] : prefix
    if (descending) {
      for (const e of this.built().descending((x) => comparePrefix(x, high))) {
        if (comparePrefix(e, low) < 0) return
        yield e[e.length - 1] as string
      }
    } else {
      for (const e of this.built().ascending((x) => comparePrefix(x, low))) {
        if (comparePrefix(e, high) > 0) return
        yield e[e.length - 1] as string
      }
    }
  }
}
