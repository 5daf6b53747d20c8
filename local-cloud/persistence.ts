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
import type { Doc } from './paths'

export interface Persistence {
  load(): Iterable<{ coll: string; doc: Doc }>
  write(coll: string, id: string, doc: Doc | null): void
  flush(): void
  close(): void
}

const UNKNOWN = Symbol('unknown EJSON type')

/**
 * Canonical EJSON as the store writes it, parsed with JSON.parse: numbers and dates are
 * all our documents hold, and this is many times faster than EJSON.parse at start-up.
 * Anything else falls back to EJSON.parse.
 */
function parseStored(body: string): Doc {
  try {
    return JSON.parse(body, (_key, value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return value
      const keys = Object.keys(value)
      if (keys.length !== 1 || !keys[0].startsWith('$')) return value
      const v = value[keys[0]]
      switch (keys[0]) {
        case '$numberInt':
        case '$numberDouble':
        case '$numberLong':
          return Number(v)
        case '$date':
          return new Date(typeof v === 'object' && v !== null ? Number(v.$numberLong ?? v) : v)
        default:
          throw UNKNOWN
      }
    }) as Doc
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
      for (const row of db.prepare('SELECT coll, body FROM docs').iterate() as Iterable<{ coll: string; body: string }>) {
        yield { coll: row.coll, doc: parseStored(row.body) }
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
