/**
 * The local CloudBase: a database under the unmodified wx-server-sdk, a clock, and
 * (see host.ts) a function host. One per process: the SDK's seam is process-wide.
 */
import { installClock } from './clock'
import { installContextEnv } from './context'
import { LocalDatabase, UNINDEXED_THRESHOLD, type IndexPolicy } from './database'
import { sqlitePersistence, type Persistence } from './persistence'
import type { DatabaseSchema } from './schema'
import { installSeam } from './seam'
import { Store } from './store'

export interface LocalCloudOptions {
  schema: DatabaseSchema
  /** A folder for the SQLite file, or ':memory:' (the default) for tests. */
  data?: string
  /** What an unindexed query on a collection above the threshold does (default: warn). */
  unindexed?: IndexPolicy['unindexed']
}

export interface LocalCloud {
  db: LocalDatabase
  close(): void
}

export function createLocalCloud({ schema, data = ':memory:', unindexed = 'warn' }: LocalCloudOptions): LocalCloud {
  installClock()
  installContextEnv()
  const persistence: Persistence | undefined = data === ':memory:' ? undefined : sqlitePersistence(data)
  const db = new LocalDatabase(new Store(schema, persistence))
  db.policy = { unindexed, threshold: UNINDEXED_THRESHOLD }
  installSeam(db)
  return { db, close: () => persistence?.close() }
}

export { setClock, resetClock, clockNow, describeClock } from './clock'
export { runAs, type CallerContext } from './context'
export type { DatabaseSchema } from './schema'
