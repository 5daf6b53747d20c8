/**
 * What a query asks of an index, and which index serves it. A query's shape is its
 * equality fields (a value, $eq or $in), its range fields ($gt, $lt, $ne, $exists, …)
 * and its sort. An index [a, b, c] (always followed by _id) serves a shape when the
 * equality fields are exactly a prefix of it (a, or a and b, …), the sort, if any, is the
 * next field (and may go on down the index), and a range is on the next field; further
 * range fields only filter the entries of the equality prefix (so there must be one).
 * That is what MongoDB needs to answer without scanning the collection or sorting in
 * memory.
 */
import { isDate } from 'node:util/types'
import type { NextRange, OrderedIndex } from './ordered-index'

export interface QueryShape {
  collection: string
  equality: string[]
  range: string[]
  sort: string[]
  /** $or, $nor, $expr, …: no index plan here. */
  unsupported?: boolean
}

interface FieldTerms {
  eq?: unknown[]
  range: NextRange
  other: boolean
}

export interface QueryTerms {
  fields: Map<string, FieldTerms>
  unsupported: boolean
}

export interface QueryPlan {
  index: OrderedIndex
  /** Values of each equality field of the index's prefix (several for $in). */
  prefix: unknown[][]
  range: NextRange
  /** The sort is the index's order (or its reverse): results stream in order. */
  ordered: boolean
  descending: boolean
}

const isOperators = (v: unknown): v is Record<string, unknown> =>
  v !== null && typeof v === 'object' && !Array.isArray(v) && !isDate(v) && Object.keys(v).length > 0 && Object.keys(v).every((k) => k.startsWith('$'))

export function termsOf(query: Record<string, unknown>, into: QueryTerms = { fields: new Map(), unsupported: false }): QueryTerms {
  for (const [key, value] of Object.entries(query)) {
    if (key === '$and' && Array.isArray(value)) {
      for (const part of value) termsOf(part as Record<string, unknown>, into)
      continue
    }
    if (key.startsWith('$')) {
      into.unsupported = true
      continue
    }
    const terms = into.fields.get(key) ?? { range: {}, other: false }
    into.fields.set(key, terms)
    if (!isOperators(value)) {
      terms.eq = [value]
      continue
    }
    for (const [op, arg] of Object.entries(value)) {
      if (op === '$eq') terms.eq = [arg]
      else if (op === '$in' && Array.isArray(arg)) terms.eq = arg
      else if (op === '$gt' || op === '$gte') terms.range.lower = { value: arg }
      else if (op === '$lt' || op === '$lte') terms.range.upper = { value: arg }
      else terms.other = true
    }
  }
  return into
}

export function shapeOf(collection: string, terms: QueryTerms, order?: Record<string, number>): QueryShape {
  const equality: string[] = []
  const range: string[] = []
  for (const [field, t] of terms.fields) (t.eq ? equality : range).push(field)
  const shape: QueryShape = { collection, equality: equality.sort(), range: range.sort(), sort: Object.entries(order ?? {}).map(([f, d]) => `${f}:${d === -1 ? 'desc' : 'asc'}`) }
  if (terms.unsupported) shape.unsupported = true
  return shape
}

export const describeShape = (s: QueryShape): string =>
  `${s.collection} where {${s.equality.join(', ')}}` + (s.range.length ? ` range {${s.range.join(', ')}}` : '') + (s.sort.length ? ` sort {${s.sort.join(', ')}}` : '') + (s.unsupported ? ' with $or/$expr' : '')

/**
 * Equality on _id is a primary-key lookup of a few documents: $or/$expr beside it only
 * filter those (a conditional update such as `where({ _id, $or: [...] })`).
 */
const isKeyLookup = (shape: QueryShape) => shape.equality.includes('_id')

/** The plan with the given index, or undefined when it cannot serve the shape. */
function planWith(index: OrderedIndex, shape: QueryShape, terms: QueryTerms): QueryPlan | undefined {
  const equal = new Set(shape.equality)
  // Equality on _id: a primary-key lookup of a few documents, whatever else is asked.
  if (equal.has('_id')) {
    if (index.fields.length !== 1 || index.fields[0] !== '_id') return undefined
    return { index, prefix: [terms.fields.get('_id')?.eq ?? []], range: {}, ordered: shape.sort.length === 0, descending: false }
  }
  let k = 0
  while (k < index.fields.length && equal.has(index.fields[k])) k++
  if (k !== equal.size) return undefined
  const next = index.fields[k]
  // Other range fields filter the entries of one equality prefix (one member's rows, say):
  // bounded by that prefix, not by the collection. Without an equality prefix: a scan.
  if (k === 0 && shape.range.some((f) => f !== next)) return undefined
  const sort = shape.sort.map((s) => s.split(':'))
  const rest = index.fields.slice(k)
  if (sort.some(([f], i) => rest[i] !== f) || new Set(sort.map(([, d]) => d)).size > 1) return undefined
  const prefix = index.fields.slice(0, k).map((f) => terms.fields.get(f)?.eq ?? [])
  const range = next && shape.range.includes(next) ? (terms.fields.get(next)?.range ?? {}) : {}
  return { index, prefix, range, ordered: true, descending: sort[0]?.[1] === 'desc' }
}

/** The index that serves the shape (the longest equality prefix first), if any. */
export function planQuery(indexes: OrderedIndex[], shape: QueryShape, terms: QueryTerms): QueryPlan | undefined {
  if (shape.unsupported && !isKeyLookup(shape)) return undefined
  const plans = indexes.map((i) => planWith(i, shape, terms)).filter((p): p is QueryPlan => p !== undefined)
  return plans.sort((a, b) => b.prefix.length - a.prefix.length)[0]
}

/** Whether some index of `indexes` (field lists, without the implicit _id) serves the shape. */
export function shapeServed(indexFields: readonly (readonly string[])[], shape: QueryShape): boolean {
  if (shape.unsupported && !isKeyLookup(shape)) return false
  const fake = (fields: readonly string[]) => ({ fields: fields.at(-1) === '_id' ? [...fields] : [...fields, '_id'] }) as OrderedIndex
  const terms: QueryTerms = { fields: new Map(), unsupported: false }
  return [['_id'], ...indexFields].some((f) => planWith(fake(f), shape, terms) !== undefined)
}

/** The index that would serve the shape: equality fields, then the range or sort field. */
export function suggestIndex(shape: QueryShape): { name: string; fields: string[] } {
  const tail = [...new Set([...shape.range, ...shape.sort.map((s) => s.split(':')[0])])].filter((f) => f !== '_id')
  const fields = [...shape.equality, ...tail]
  return { name: fields.map((f) => f.replace(/\W+/g, '_')).join('_'), fields }
}
