import { checkReserve, FlashCodes, FlashMessages } from '@/domain/flashsale'
import { ActionError, notMember } from '../_shared/action-error'
import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { newOrderId } from '../_shared/orders/new-order'
import type { OrderDoc } from '../_shared/orders/order-doc'
import { isConflict } from '../_shared/transaction'
import { flashOrder, reservationView } from './flash-order'
import { cachedItem, markSoldOut, seenSoldOut } from './item-cache'
import { claimUnits, earlierOrderId, unclaimUnits, whyRefused, type Claim } from './member-claim'
import { admitReserve } from './rate-gate'
import { giveBackToShard, takeFromShard } from './take-shard'

type Code = keyof typeof FlashMessages
const refusal = (code: Code) => new ActionError(code, FlashMessages[code])

interface ReserveInput {
  requestId: string
  itemId: string
  quantity: number
  storeId: string
}

/** The first reply to this requestId, if there was one; FLASH.BUSY while that first call is still writing. */
async function replayOf(ctx: ActionContext, orderId: string) {
  const order = await findById<OrderDoc>(ctx.db, 'orders', orderId)
  if (!order) throw refusal(FlashCodes.BUSY)
  return { now: ctx.now.toISOString(), reservation: reservationView(order, ctx.now) }
}

/** A refusal, unless this requestId already reserved (a replay gets the first reply, whatever the clock says now). */
async function refuseUnlessReplay(ctx: ActionContext, input: ReserveInput, code: Code) {
  const orderId = await earlierOrderId(ctx.db, input.itemId, ctx.openid, input.requestId)
  if (orderId) return replayOf(ctx, orderId)
  throw refusal(code)
}

/**
 * flashsale.reserve. The hot path is three database operations: the member claim (limit,
 * tier, requestId — one conditional update), one shard's conditional decrement, and the
 * order's add. Before any of them: the rate gate, the item's rules (cached), the quantity,
 * the start and the end on the server's clock. Nothing is read before writing; refusals
 * read what they need to say why, and to answer a replay its first reply.
 */
export async function reserve(input: ReserveInput, ctx: ActionContext) {
  const { db, openid, now } = ctx
  if (!admitReserve(openid)) throw refusal(FlashCodes.BUSY)
  const item = await cachedItem(db, input.itemId)
  if (!item || !item.enabled) throw refusal(FlashCodes.NOT_FOUND)
  const checked = checkReserve({ startAt: new Date(item.startAt), endAt: new Date(item.endAt), limit: item.limit, tiers: item.tiers }, input.quantity, now)
  if (!checked.ok) {
    // Before the start nothing can have been reserved: no read at all.
    if (checked.code === FlashCodes.NOT_STARTED || checked.code === FlashCodes.INVALID_QUANTITY) throw refusal(checked.code)
    return refuseUnlessReplay(ctx, input, checked.code as Code)
  }
  if (!item.storeIds.includes(input.storeId)) throw refusal(FlashCodes.STORE)
  if (seenSoldOut(item._id)) return refuseUnlessReplay(ctx, input, FlashCodes.SOLD_OUT)

  const claim: Claim = { itemId: item._id, openid, requestId: input.requestId, quantity: input.quantity, limit: item.limit, tiers: item.tiers, orderId: newOrderId(now) }
  try {
    if (!(await claimUnits(db, claim))) {
      const why = await whyRefused(db, claim)
      if (why.reason === 'replay') return replayOf(ctx, why.orderId)
      if (why.reason === 'not-member') throw notMember()
      throw refusal(why.reason === 'tier' ? FlashCodes.TIER : FlashCodes.LIMIT)
    }
    const shardId = await takeFromShard(db, item._id, item.shards, input.quantity)
    if (!shardId) {
      await unclaimUnits(db, claim)
      markSoldOut(item._id)
      throw refusal(FlashCodes.SOLD_OUT)
    }
    const order = flashOrder({ orderId: claim.orderId, item, openid, requestId: input.requestId, quantity: input.quantity, storeId: input.storeId, shardId, now })
    try {
      const { _id, ...data } = order
      await db.collection('orders').add({ data: { _id, ...data } })
    } catch (e) {
      await giveBackToShard(db, shardId, input.quantity)
      await unclaimUnits(db, claim)
      throw e
    }
    return { now: now.toISOString(), reservation: reservationView(order, now) }
  } catch (e) {
    if (isConflict(e)) throw refusal(FlashCodes.BUSY)
    throw e
  }
}
