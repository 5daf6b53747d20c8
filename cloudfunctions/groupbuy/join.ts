import { checkJoinable, checkJoinLines } from '@/domain/groupbuy'
import { payDeadline } from '@/domain/orders'
import { unwrap } from '../_shared/action-error'
import { type ChainDoc, type EntryDoc, groupbuyRefusal, holdId, requireChain, stockId } from '../_shared/groupbuy/chain-docs'
import { findById, type Db } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly, replayOf } from '../_shared/idempotency'
import { requireMember } from '../_shared/members'
import { newOrderId, unpaidOrder } from '../_shared/orders/new-order'
import type { CounterReturn } from '../_shared/orders/order-source'
import { isDuplicateKey } from '../_shared/transaction'

interface JoinInput {
  requestId: string
  chainId: string
  lines: { key: string; quantity: number }[]
}

type Taken = { collection: 'chain_holds' | 'chain_stock'; id: string; field: string; amount: number }

/** Undoes conditional increments whose order was never written. */
async function undo(db: Db, taken: readonly Taken[]) {
  for (const t of taken) await db.collection(t.collection).doc(t.id).update({ data: { [t.field]: db.command.inc(-t.amount) } })
}

/** The member's hold document of this chain, made once with every product at 0. */
async function holdOf(db: Db, chain: ChainDoc, memberId: string): Promise<Record<string, number>> {
  const id = holdId(chain._id, memberId)
  const found = await findById<{ taken: Record<string, number> }>(db, 'chain_holds', id)
  if (found) return found.taken
  const taken = Object.fromEntries(chain.products.map((p) => [p.key, 0]))
  try {
    await db.collection('chain_holds').add({ data: { _id: id, chainId: chain._id, memberId, taken } })
  } catch (e) {
    if (!isDuplicateKey(e)) throw e
  }
  return (await findById<{ taken: Record<string, number> }>(db, 'chain_holds', id))!.taken
}

/**
 * Takes the per-person limit and the chain stock by conditional increments (atomic per
 * document, outside any transaction, like the SKU stock of cart orders): the member's
 * hold only moves while it stays within the limit, the stock only while some is left.
 * All or nothing: a refused line gives back what was taken.
 */
async function takeLimitAndStock(db: Db, chain: ChainDoc, memberId: string, lines: readonly { key: string; quantity: number }[]): Promise<Taken[]> {
  const _ = db.command
  const taken: Taken[] = []
  try {
    for (const l of lines) {
      const hold = { collection: 'chain_holds' as const, id: holdId(chain._id, memberId), field: `taken.${l.key}`, amount: l.quantity }
      const held = await db.collection('chain_holds').where({ _id: hold.id, [hold.field]: _.lte(chain.perPersonLimit - l.quantity) }).update({ data: { [hold.field]: _.inc(l.quantity) } })
      if (held.stats.updated !== 1) throw groupbuyRefusal('OVER_LIMIT')
      taken.push(hold)
      const stock = { collection: 'chain_stock' as const, id: stockId(chain._id, l.key), field: 'left', amount: -l.quantity }
      const got = await db.collection('chain_stock').where({ _id: stock.id, left: _.gte(l.quantity) }).update({ data: { left: _.inc(-l.quantity) } })
      if (got.stats.updated !== 1) throw groupbuyRefusal('SOLD_OUT')
      taken.push(stock)
    }
  } catch (e) {
    await undo(db, taken)
    throw e
  }
  return taken
}

type JoinReply = { entryId: string; orderId: string; amountFen: number; payBy: string }

/**
 * groupbuy.join (member): quantities of the chain's products → an unpaid order through
 * the orders module, at the chain price, for pickup at the leader's store, with the
 * chain as its source: when the order expires or is cancelled the orders module gives
 * back the chain's stock and the member's hold (not SKU stock, which was never taken).
 * The entry is numbered when the order is paid (see _shared/groupbuy/entry-number.ts).
 */
export async function joinChain(input: JoinInput, ctx: ActionContext): Promise<JoinReply> {
  const { db, openid, now } = ctx
  const replay = await replayOf<JoinReply>(ctx, 'groupbuy.join', input.requestId)
  if (replay) return replay.result
  const member = await requireMember(db, openid)
  const chain = await requireChain(db, input.chainId)
  unwrap(checkJoinable(chain, now))
  const held = await holdOf(db, chain, openid)
  const { lines, totalFen } = unwrap(checkJoinLines(chain.products, input.lines, chain.perPersonLimit, held))
  const taken = await takeLimitAndStock(db, chain, openid, lines)
  const orderId = newOrderId(now)
  const payBy = payDeadline(now)
  const returns: CounterReturn[] = taken.map((t) => ({ collection: t.collection, id: t.id, field: t.field, amount: -t.amount }))
  try {
    const reply = await onceOnly(ctx, 'groupbuy.join', input.requestId, async (tx) => {
      const order = unpaidOrder({
        orderId,
        memberId: openid,
        requestId: input.requestId,
        fulfilment: { kind: 'pickup', storeId: chain.storeId },
        storeId: chain.storeId,
        lines: lines.map((l) => {
          const p = chain.products.find((x) => x.key === l.key)!
          return { skuId: p.skuId, productId: p.productId, category: p.category, name: p.name, skuName: p.unit, image: p.image, quantity: l.quantity, listPriceFen: p.listPriceFen, unitPriceFen: p.chainPriceFen, lineFen: l.lineFen }
        }),
        money: { subtotalFen: totalFen, couponFen: 0, pointsFen: 0, pointsUsed: 0, payableFen: totalFen },
        payBy,
        now,
        source: { kind: 'groupbuy', refId: chain._id, returns },
      })
      const { _id, ...data } = order
      await tx.collection('orders').add({ data: { _id, ...data } })
      const entry: Omit<EntryDoc, '_id'> = {
        chainId: chain._id,
        leaderId: chain.leaderId,
        memberId: openid,
        name: member.nickname || `会员${member.cardNo.slice(-4)}`,
        phone: member.phone,
        pickupPoint: chain.pickupPoint,
        lines: lines.map((l) => ({ key: l.key, name: l.product.name, quantity: l.quantity, unitFen: l.product.chainPriceFen })),
        amountFen: totalFen,
        status: 'unpaid',
        no: null,
        createdAt: now,
        payBy,
        paidAt: null,
        commissionFen: 0,
        commissionReversed: false,
      }
      await tx.collection('chain_entries').add({ data: { _id: orderId, ...entry } })
      return { entryId: orderId, orderId, amountFen: totalFen, payBy: payBy.toISOString() }
    })
    if (reply.orderId !== orderId) await undo(db, taken)
    return reply
  } catch (e) {
    await undo(db, taken)
    throw e
  }
}
