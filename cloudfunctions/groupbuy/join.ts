import { checkJoinable } from '@/domain/groupbuy'
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
import { lockForOrder } from '../_shared/coupon-lifecycle'
import { postSpending } from '../_shared/points-ledger'
import { spendRequestId } from '../_shared/orders/release-holds'
import { earnRules } from '../_shared/orders/earn-on-payment'
import { settlePaidInTx } from '../_shared/orders/settle-payment'
import { orderRefusal } from '../_shared/orders/refusal'
import { priceChainJoin, type MembershipChoice } from './chain-pricing'

interface JoinInput extends Partial<MembershipChoice> {
  requestId: string
  chainId: string
  lines: { key: string; quantity: number }[]
  expectedPayableFen?: number
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

/** A coupon lock outlives the payment window, so the order's own expiry returns it (as order.create does). */
const LOCK_GRACE_MS = 10 * 60_000

/**
 * groupbuy.join (member): quantities of the chain's products → an unpaid order through
 * the orders module, priced by the checkout's rule (chain-pricing.ts: the lower of chain
 * and tier price, the coupon the member picked, points), for pickup at the leader's
 * store, with the chain as its source: when the order expires or is cancelled the orders
 * module gives back the chain's stock and the member's hold (not SKU stock, which was
 * never taken), the coupon and the points. The coupon lock and the points hold are written
 * in the order's own transaction, as order.create does. The entry is numbered when the
 * order is paid (see _shared/groupbuy/entry-number.ts); `amountFen` is what is to be paid.
 */
export async function joinChain(input: JoinInput, ctx: ActionContext): Promise<JoinReply> {
  const { db, openid, now } = ctx
  const replay = await replayOf<JoinReply>(ctx, 'groupbuy.join', input.requestId)
  if (replay) return replay.result
  const member = await requireMember(db, openid)
  const chain = await requireChain(db, input.chainId)
  unwrap(checkJoinable(chain, now))
  const held = await holdOf(db, chain, openid)
  // A join uses a coupon only when the member picked it (the sheet sends the one it showed).
  const { priced, lines, couponTitle } = await priceChainJoin(db, member, chain, input.lines, held, { couponId: input.couponId ?? null, usePoints: input.usePoints ?? false }, now)
  const { money } = priced
  if (input.expectedPayableFen !== undefined && input.expectedPayableFen !== money.payableFen) throw orderRefusal('PRICE_CHANGED')
  const rules = money.payableFen === 0 ? await earnRules(db) : null
  const taken = await takeLimitAndStock(db, chain, openid, lines)
  const orderId = newOrderId(now)
  const payBy = payDeadline(now)
  const returns: CounterReturn[] = taken.map((t) => ({ collection: t.collection, id: t.id, field: t.field, amount: -t.amount }))
  try {
    const reply = await onceOnly(ctx, 'groupbuy.join', input.requestId, async (tx) => {
      if (priced.coupon) await lockForOrder(tx, priced.coupon.couponId, openid, { orderId, until: new Date(payBy.getTime() + LOCK_GRACE_MS), now })
      if (money.pointsUsed > 0) await postSpending(tx, { memberId: openid, requestId: spendRequestId(orderId), code: 'spend.order', amount: money.pointsUsed, ref: { type: 'order', id: orderId }, now })
      const order = unpaidOrder({
        orderId,
        memberId: openid,
        requestId: input.requestId,
        fulfilment: { kind: 'pickup', storeId: chain.storeId },
        storeId: chain.storeId,
        lines: lines.map((l) => {
          const p = l.product
          return { skuId: p.skuId, productId: p.productId, category: p.category, name: p.name, skuName: p.unit, image: p.image, quantity: l.quantity, listPriceFen: p.chainPriceFen, unitPriceFen: l.unitFen, lineFen: l.lineFen }
        }),
        money,
        couponId: priced.coupon?.couponId ?? null,
        couponTitle,
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
        lines: lines.map((l) => ({ key: l.key, name: l.product.name, quantity: l.quantity, unitFen: l.unitFen })),
        // The goods' value at the member's unit prices: the chain's totals add these up.
        amountFen: money.subtotalFen,
        payableFen: money.payableFen,
        status: 'unpaid',
        no: null,
        createdAt: now,
        payBy,
        paidAt: null,
        commissionFen: 0,
        commissionReversed: false,
      }
      await tx.collection('chain_entries').add({ data: { _id: orderId, ...entry } })
      // Nothing to pay (the coupon covered it all): paid at once; the entry takes its number here.
      if (rules) await settlePaidInTx(tx, rules, order, { transactionId: `free-${orderId}`, totalFee: 0 }, now)
      return { entryId: orderId, orderId, amountFen: money.payableFen, payBy: payBy.toISOString() }
    })
    if (reply.orderId !== orderId) await undo(db, taken)
    return reply
  } catch (e) {
    await undo(db, taken)
    throw e
  }
}
