/**
 * product.stock and flashItem.stock: a merchant adds or takes units of a SKU or a flash
 * item while it sells. Orders and reservations take units by conditional decrement
 * outside any transaction, so a change here never reads then writes a stock: it is an
 * atomic increment, or a conditional decrement that only matches while enough is left
 * (`stats.updated` tells). The audit entry (and, for a flash item, its stock total) is
 * then written once per requestId; a replay that raced the first call gives its units
 * back.
 */
import { randomUUID } from 'node:crypto'
import { shardIdOf, splitStock } from '@/domain/flashsale'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { findById, type Db } from '../_shared/db'
import { onceOnly, replayOr } from '../_shared/idempotency'
import type { FlashItemDoc } from '../flashsale/flash-docs'
import { chainAdmin } from './access'
import { auditInTx } from './audit'
import { shardsLeft } from './kinds/flash-item'

const notFound = () => new ActionError('ADMIN.NOT_FOUND', '记录不存在')
const short = (left: number) => new ActionError('ADMIN.STOCK_SHORT', `剩余库存只有 ${left}，不能减少这么多`)

/** Adds n (may be negative) to a stock field; a decrement only while at least -n is left. True when it applied. */
async function incStock(db: Db, collection: 'skus' | 'flash_shards', id: string, n: number): Promise<boolean> {
  const _ = db.command
  const where = n < 0 ? { _id: id, stock: _.gte(-n) } : { _id: id }
  const { stats } = await db.collection(collection).where(where).update({ data: { stock: _.inc(n) } })
  return stats.updated === 1
}

/**
 * Applies a change outside the transaction, then records it once: the audit (and `inTx`)
 * in one transaction keyed by the requestId. If that transaction fails, or another call
 * with the same requestId recorded first, the change is undone.
 */
async function recordOnce<T extends object>(ctx: ActionContext, kind: 'product' | 'flashItem', requestId: string, targetId: string, undo: () => Promise<void>, write: (tx: Parameters<Parameters<typeof onceOnly>[3]>[0]) => Promise<{ before: unknown; after: unknown; reply: T }>): Promise<T> {
  const caller = await chainAdmin(ctx.db, ctx.openid)
  const mine = randomUUID()
  let reply: T & { by?: string }
  try {
    reply = await onceOnly(ctx, `admin.${kind}.stock`, requestId, async (tx) => {
      const { before, after, reply: r } = await write(tx)
      await auditInTx(tx, { actor: caller.openid, actorRole: caller.role, at: ctx.now, action: `${kind}.stock`, kind, targetId, requestId, before, after })
      return { ...r, by: mine }
    })
  } catch (e) {
    await undo()
    throw e
  }
  if (reply.by !== mine) await undo()
  const { by: _by, ...answer } = reply
  return answer as T
}

export async function productStock(input: { requestId: string; skuId: string; delta: number }, ctx: ActionContext) {
  await chainAdmin(ctx.db, ctx.openid)
  return replayOr(ctx, 'admin.product.stock', input.requestId, async () => {
    const sku = await findById<{ stock: number }>(ctx.db, 'skus', input.skuId)
    if (!sku) throw notFound()
    if (!(await incStock(ctx.db, 'skus', input.skuId, input.delta))) throw short((await findById<{ stock: number }>(ctx.db, 'skus', input.skuId))?.stock ?? 0)
    const undo = async () => void (await ctx.db.collection('skus').doc(input.skuId).update({ data: { stock: ctx.db.command.inc(-input.delta) } }))
    return recordOnce(ctx, 'product', input.requestId, input.skuId, undo, async (tx) => {
      const stock = (await findById<{ stock: number }>(tx, 'skus', input.skuId))?.stock ?? 0
      return { before: { skuId: input.skuId, stock: stock - input.delta }, after: { skuId: input.skuId, stock, delta: input.delta }, reply: { skuId: input.skuId, delta: input.delta, stock } }
    })
  })
}

/** Takes n units from an item's shards, from several if one has too few; all or none. */
async function takeFromShards(db: Db, item: FlashItemDoc, n: number): Promise<boolean> {
  const taken: { id: string; units: number }[] = []
  let wanted = n
  for (let k = 0; k < item.shards && wanted > 0; k++) {
    const id = shardIdOf(item._id, k)
    const units = Math.min(wanted, (await findById<{ stock: number }>(db, 'flash_shards', id))?.stock ?? 0)
    if (units > 0 && (await incStock(db, 'flash_shards', id, -units))) {
      taken.push({ id, units })
      wanted -= units
    }
  }
  if (wanted === 0) return true
  for (const t of taken) await incStock(db, 'flash_shards', t.id, t.units)
  return false
}

async function addToShards(db: Db, item: FlashItemDoc, n: number): Promise<void> {
  for (const [k, units] of splitStock(n, item.shards).entries()) if (units > 0) await incStock(db, 'flash_shards', shardIdOf(item._id, k), units)
}

export async function flashItemStock(input: { requestId: string; id: string; delta: number }, ctx: ActionContext) {
  await chainAdmin(ctx.db, ctx.openid)
  return replayOr(ctx, 'admin.flashItem.stock', input.requestId, async () => {
    const item = await findById<FlashItemDoc>(ctx.db, 'flash_items', input.id)
    if (!item) throw notFound()
    const { delta } = input
    if (delta > 0) await addToShards(ctx.db, item, delta)
    else if (!(await takeFromShards(ctx.db, item, -delta))) throw short(await shardsLeft(ctx.db, item._id, item.shards))
    const undo = () => (delta > 0 ? takeFromShards(ctx.db, item, delta).then(() => undefined) : addToShards(ctx.db, item, -delta))
    return recordOnce(ctx, 'flashItem', input.requestId, input.id, undo, async (tx) => {
      const current = (await findById<FlashItemDoc>(tx, 'flash_items', input.id))!
      await tx.collection('flash_items').doc(input.id).update({ data: { stock: current.stock + delta, updatedAt: ctx.now } })
      const left = await shardsLeft(tx, input.id, item.shards)
      return { before: { stock: current.stock, left: left - delta }, after: { stock: current.stock + delta, left, delta }, reply: { id: input.id, delta, stock: current.stock + delta, left } }
    })
  })
}
