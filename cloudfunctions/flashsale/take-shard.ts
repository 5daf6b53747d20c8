/**
 * Takes units from one of an item's K shards: an atomic conditional decrement per shard
 * (`where({ _id, stock: _.gte(n) }).update({ stock: _.inc(-n) })`, stats.updated tells
 * who won), shards tried in random order so a crowd spreads over K documents.
 */
import { shardIdOf, shardOrder } from '@/domain/flashsale'
import type { Db } from '../_shared/db'

/** The shard the units came from, or null when no shard had them. */
export async function takeFromShard(db: Db, itemId: string, shards: number, quantity: number): Promise<string | null> {
  const _ = db.command
  for (const k of shardOrder(shards, Math.random)) {
    const id = shardIdOf(itemId, k)
    const { stats } = await db.collection('flash_shards').where({ _id: id, stock: _.gte(quantity) }).update({ data: { stock: _.inc(-quantity) } })
    if (stats.updated === 1) return id
  }
  return null
}

export async function giveBackToShard(db: Db, shardId: string, quantity: number): Promise<void> {
  await db.collection('flash_shards').doc(shardId).update({ data: { stock: db.command.inc(quantity) } })
}
