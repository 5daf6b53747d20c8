/**
 * `/__dev/faults`: what tests inject into the database. POST sets any of
 * - `conflictRate` (0..1) with `conflictAt` ('write' | 'commit' | 'either'): random conflicts;
 * - `conflictNext` (0..100) with `conflictAt`: the next this-many transactions conflict;
 * - `hold: { collection, id }` (or null to disarm): hold the next transaction that reads
 *   that document between its read and its write, until another transaction commits it
 *   (see read-hold.ts); GET then reports how the held transaction ended.
 */
import { HttpError, isPlainObject } from './http-util'
import type { LocalDatabase } from './database'

const NAME = /^[A-Za-z0-9_:.-]{1,200}$/

export function describeFaults(db: LocalDatabase) {
  return { ...db.faults, hold: db.transactions.hold.status() }
}

export function setFaults(db: LocalDatabase, body: unknown) {
  if (!isPlainObject(body) || !('conflictRate' in body || 'conflictNext' in body || 'hold' in body)) throw new HttpError(400, 'send conflictRate, conflictNext and/or hold')
  const { conflictRate: rate, conflictNext: next, conflictAt: at, hold } = body
  if ('conflictRate' in body) {
    if (typeof rate !== 'number' || rate < 0 || rate > 1) throw new HttpError(400, 'conflictRate must be a number from 0 to 1')
  }
  if ('conflictNext' in body) {
    if (!Number.isInteger(next) || (next as number) < 0 || (next as number) > 100) throw new HttpError(400, 'conflictNext must be an integer from 0 to 100')
  }
  if ('hold' in body && hold !== null) {
    if (!isPlainObject(hold) || typeof hold.collection !== 'string' || typeof hold.id !== 'string' || !NAME.test(hold.collection) || !NAME.test(hold.id)) {
      throw new HttpError(400, 'hold must be { collection, id } or null')
    }
  }
  if (typeof rate === 'number' || typeof next === 'number') db.faults.conflictAt = at === 'write' || at === 'commit' ? at : 'either'
  if (typeof rate === 'number') db.faults.conflictRate = rate
  if (typeof next === 'number') db.faults.conflictNext = next
  if ('hold' in body) db.transactions.hold.arm(isPlainObject(hold) ? { collection: String(hold.collection), id: String(hold.id) } : null)
  return describeFaults(db)
}
