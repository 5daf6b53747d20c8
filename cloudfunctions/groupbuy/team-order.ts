/**
 * The order behind a team seat, made through the orders module (unpaidOrder with source
 * `team`), as groupbuy.join does for chains: the SKU's stock is taken by conditional
 * decrement before the transaction and handed to the order's source `returns`, so an
 * expired or cancelled order, or a full refund with the goods still in the store, gives it
 * back once. The caller's `inTx` checks and writes the team side in the same transaction.
 */
import { payDeadline } from '@/domain/orders'
import type { ActionContext } from '../_shared/define-function'
import type { Tx } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { newOrderId, unpaidOrder } from '../_shared/orders/new-order'
import { giveBack, takeStock } from '../_shared/stock'
import { teamMemberId, type TeamDoc } from '../_shared/groupbuy/team-docs'

export type PlacedTeamOrder = { teamId: string; orderId: string; amountFen: number; payBy: string }

export async function placeTeamOrder(
  ctx: ActionContext,
  scope: string,
  input: { requestId: string; quantity: number },
  team: TeamDoc,
  category: string,
  inTx: (tx: Tx) => Promise<void>,
): Promise<PlacedTeamOrder> {
  const { db, openid, now } = ctx
  const lines = [{ skuId: team.skuId, quantity: input.quantity }]
  await takeStock(db, lines)
  const orderId = newOrderId(now)
  // Never past the team's deadline: a payment after it finds no seat and is refunded.
  const payBy = new Date(Math.min(payDeadline(now).getTime(), new Date(team.deadline).getTime()))
  const amountFen = team.priceFen * input.quantity
  try {
    const reply = await onceOnly(ctx, scope, input.requestId, async (tx) => {
      await inTx(tx)
      const { _id, ...order } = unpaidOrder({
        orderId,
        memberId: openid,
        requestId: input.requestId,
        fulfilment: { kind: 'pickup', storeId: team.storeId },
        storeId: team.storeId,
        lines: [{ skuId: team.skuId, productId: team.productId, category, name: team.name, skuName: team.unit, image: team.image, quantity: input.quantity, listPriceFen: team.listPriceFen, unitPriceFen: team.priceFen, lineFen: amountFen }],
        money: { subtotalFen: amountFen, couponFen: 0, pointsFen: 0, pointsUsed: 0, payableFen: amountFen },
        payBy,
        now,
        source: { kind: 'team', refId: team._id, returns: [{ collection: 'skus', id: team.skuId, field: 'stock', amount: input.quantity }] },
      })
      await tx.collection('orders').add({ data: { _id, ...order } })
      await tx.collection('team_members').doc(teamMemberId(team._id, openid)).set({ data: { teamId: team._id, memberId: openid, orderId, joinedAt: now } })
      return { teamId: team._id, orderId, amountFen, payBy: payBy.toISOString() }
    })
    if (reply.orderId !== orderId) await giveBack(db, lines)
    return reply
  } catch (e) {
    await giveBack(db, lines)
    throw e
  }
}
