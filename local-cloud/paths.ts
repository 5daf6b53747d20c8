export type Doc = Record<string, unknown> & { _id: string }

/** Reads a dot-notation path; undefined when any step is missing. */
export function readPath(doc: Record<string, unknown>, path: string): unknown {
  if (!path.includes('.')) return doc[path] // most index fields: no split
  let cur: unknown = doc
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object') return undefined
    cur = (cur as Record<string, unknown>)[key]
  }
  return cur
}

/** Deep copy that keeps Dates (documents never share objects with callers). */
export const cloneDoc = <T>(doc: T): T => structuredClone(doc)
