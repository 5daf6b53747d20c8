/**
 * Where committed documents live between restarts. Memory for tests; SQLite (WAL) in
 * a data folder for `npm start`. Writes are grouped: every change made in one turn of
 * the event loop is written in one SQLite transaction on the next, which keeps the
 * cost of persistence small against the in-memory engine (see `npm run bench`). A
 * crash can lose the changes of the last turn, never half of one.
 */
import fs from 'node:fs'
import path from 'node:path'
import Database from 'better-sqlite3'
import { EJSON } from 'bson'
import { RealDate } from './clock'
import type { Doc } from './paths'

export interface Persistence {
  load(): Iterable<{ coll: string; doc: Doc }>
  write(coll: string, id: string, doc: Doc | null): void
  flush(): void
  close(): void
}

const UNKNOWN = Symbol('unknown EJSON type')

/** A canonical EJSON wrapper (`{ $numberInt: "1" }`, `{ $date: { $numberLong } }`) as its value. */
function typed(wrapper: Record<string, unknown>): unknown {
  const keys = Object.keys(wrapper)
  if (keys.length !== 1) throw UNKNOWN
  const v = wrapper[keys[0]]
  switch (keys[0]) {
    case '$numberInt':
    case '$numberDouble':
    case '$numberLong':
      return Number(v)
    case '$date':
      // The platform's Date: the emulated one (a Proxy) costs an allocation per call.
      return new RealDate(typeof v === 'object' && v !== null ? Number((v as { $numberLong?: string }).$numberLong ?? v) : (v as string))
    default:
      throw UNKNOWN
  }
}

/** Replaces the wrappers of a parsed document in place (a reviver costs about three times more). */
function revive(value: unknown): unknown {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) value[i] = revive(value[i])
    return value
  }
  const obj = value as Record<string, unknown>
  for (const key in obj) {
    if (key.charCodeAt(0) === 36 /* $ */) return typed(obj)
    const v = obj[key]
    if (typeof v === 'object' && v !== null) obj[key] = revive(v)
  }
  return obj
}

/**
 * Canonical EJSON as the store writes it, parsed with JSON.parse: numbers and dates are
 * all our documents hold, and this is many times faster than EJSON.parse at start-up.
 * Anything else falls back to EJSON.parse.
 */
function parseStored(body: string): Doc {
  try {
    return revive(JSON.parse(body)) as Doc
  } catch (e) {
    if (e !== UNKNOWN) throw e
    return EJSON.parse(body, { relaxed: true }) as Doc
  }
}

export function sqlitePersistence(folder: string): Persistence {
  fs.mkdirSync(folder, { recursive: true })
  const db = new Database(path.join(folder, 'cloud.sqlite'))
  db.pragma('journal_mode = WAL')
  db.pragma('synchronous = NORMAL')
  db.exec('CREATE TABLE IF NOT EXISTS docs (coll TEXT NOT NULL, id TEXT NOT NULL, body TEXT NOT NULL, PRIMARY KEY (coll, id)) WITHOUT ROWID')
  const upsert = db.prepare('INSERT INTO docs (coll, id, body) VALUES (?, ?, ?) ON CONFLICT (coll, id) DO UPDATE SET body = excluded.body')
  const remove = db.prepare('DELETE FROM docs WHERE coll = ? AND id = ?')
  const pending = new Map<string, { coll: string; id: string; doc: Doc | null }>()
  let scheduled = false
  let closed = false

  const flush = db.transaction(() => {
    for (const { coll, id, doc } of pending.values()) {
      if (doc) upsert.run(coll, id, EJSON.stringify(doc, { relaxed: false }))
      else remove.run(coll, id)
    }
    pending.clear()
  })

  return {
    *load() {
      // Rows as arrays (raw): no object per row; in primary key order, so each collection's _id index loads sorted.
      for (const [coll, body] of db.prepare('SELECT coll, body FROM docs').raw(true).iterate() as Iterable<[string, string]>) {
        yield { coll, doc: parseStored(body) }
      }
    },
    write(coll, id, doc) {
      pending.set(`${coll}/${id}`, { coll, id, doc })
      if (scheduled) return
      scheduled = true
      setImmediate(() => {
        scheduled = false
        if (!closed) flush()
      })
    },
    flush: () => flush(),
    close() {
      if (closed) return
      flush()
      closed = true
      db.close()
    },
  }
}
