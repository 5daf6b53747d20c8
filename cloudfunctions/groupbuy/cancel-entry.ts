import { checkJoinable } from '@/domain/groupbuy'
import { unwrap } from '../_shared/action-error'
import { type EntryDoc, groupbuyRefusal, requireChain } from '../_shared/groupbuy/chain-docs'
import { findById } from '../_shared/db'
import type { ActionContext } from '../_shared/define-function'
import { replayOf } from '../_shared/idempotency'
import { cancel as cancelOrder } from '../order/cancel'
import { requestRefund } from '../order/refunds'
import { myEntry } from './get-chain'

/**
 * groupbuy.entry.cancel (member, own entry, before the deadline). The orders module does
 * the work, with the same requestId: an unpaid entry's order is cancelled (the chain
 * stock and the member's hold come back through the order's source), a paid one asks
 * for a full refund, which the store approves and the refund notification settles (the
 * entry keeps its number, shown as refunded, and the leader's commission is reversed).
 * A replay answers before the deadline is checked again.
 */
export async function cancelEntry(input: { requestId: string; entryId: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const entry = await findById<EntryDoc>(db, 'chain_entries', input.entryId)
  if (!entry || entry.memberId !== openid) throw groupbuyRefusal('ENTRY_NOT_FOUND')
  const replay = (await replayOf(ctx, 'order.cancel', input.requestId)) ?? (await replayOf(ctx, 'order.refund.request', input.requestId))
  if (!replay) {
    unwrap(checkJoinable(await requireChain(db, entry.chainId), now))
    // The entry follows its order in the order's own transactions (order-moved.ts).
    if (entry.status === 'unpaid') await cancelOrder({ requestId: input.requestId, orderId: entry._id }, ctx)
    else if (entry.status === 'paid') await requestRefund({ requestId: input.requestId, orderId: entry._id, reason: '取消接龙' }, ctx)
    else throw groupbuyRefusal('ENTRY_BAD_STATE')
  }
  const after = (await findById<EntryDoc>(db, 'chain_entries', entry._id)) ?? entry
  return { entry: myEntry(after, false) }
}
