/**
 * Transactions with the retry production needs. wx-server-sdk 4.0.2 re-runs the
 * callback only for a conflict met at commit; a conflict met by a write inside the
 * callback reaches us as errCode -501001 and is not retried. So every transaction of
 * ours goes through here, which re-runs the whole transaction on either kind. The
 * callback must have no side effects besides its transactional operations.
 */
import type { Db, Tx } from './db'

const CONFLICT = /DATABASE_TRANSACTION_CONFLICT|transaction conflict|WriteConflict/i

const messageOf = (e: unknown) => {
  const err = e as { errMsg?: string; message?: string } | undefined
  return `${err?.errMsg ?? ''} ${err?.message ?? ''}`
}

export const isConflict = (e: unknown): boolean => (e as { code?: string })?.code === 'DATABASE_TRANSACTION_CONFLICT' || CONFLICT.test(messageOf(e))

export const isDuplicateKey = (e: unknown): boolean => /E11000|duplicate key/i.test(messageOf(e))

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms))

/** Runs `work` in a transaction, re-running it on conflicts, up to `attempts` times. */
export async function inTransaction<T>(db: Db, work: (tx: Tx) => Promise<T>, attempts = 25): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await db.runTransaction(work, 2)
    } catch (e) {
      if (!(isConflict(e) || isDuplicateKey(e)) || attempt >= attempts) throw e
      // Jittered backoff spreads a crowd that collided on one document.
      await sleep(Math.floor(Math.random() * Math.min(60, 6 * attempt)))
    }
  }
}
