/**
 * The hot path reads an item's rules from this instance's memory, refreshed every 2 s:
 * during a sale the rules do not change, and a read per attempt would cost a database
 * operation of the ~30/s a basic plan allows. Stock is never cached (it lives in shards).
 * Expiry uses a monotonic clock: the business clock (ctx.now) may be set by tests.
 */
import { performance } from 'node:perf_hooks'
import { findById, type Db } from '../_shared/db'
import type { FlashItemDoc } from './flash-docs'

const TTL_MS = 2000
const items = new Map<string, { at: number; item: Promise<FlashItemDoc | null> }>()
/** Items seen with every shard empty, until this instant (monotonic ms). */
const soldOutUntil = new Map<string, number>()

export function cachedItem(db: Db, itemId: string): Promise<FlashItemDoc | null> {
  const hit = items.get(itemId)
  if (hit && performance.now() - hit.at < TTL_MS) return hit.item
  const item = findById<FlashItemDoc>(db, 'flash_items', itemId)
  items.set(itemId, { at: performance.now(), item })
  if (items.size > 5000) items.clear()
  return item
}

/** After every shard was found empty, attempts answer 已抢光 for a second without touching the database; stock an expiry returns sells after that. */
export const markSoldOut = (itemId: string) => soldOutUntil.set(itemId, performance.now() + 1000)

export const seenSoldOut = (itemId: string): boolean => (soldOutUntil.get(itemId) ?? 0) > performance.now()
