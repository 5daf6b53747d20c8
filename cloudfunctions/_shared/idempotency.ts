/**
 * Writes that a retry could repeat carry a client-made requestId. The first call's
 * reply is stored under (scope, caller, requestId) in the same transaction as the
 * write, so a replay — a double tap, a retry after a lost reply, a crowd of the same
 * request — gets the first reply and changes nothing.
 */
import type { ActionContext } from './define-function'
import { findById, type Tx } from './db'
import { inTransaction } from './transaction'

interface StoredReply<T> {
  result: T
}

export const requestKey = (scope: string, openid: string, requestId: string) => `${scope}:${openid}:${requestId}`

/**
 * The first reply to (scope, caller, requestId) if this call is a replay, else null. Actions
 * read it before any check that time or state can change (a scanned code's 60-second window,
 * a claim's stock), so a retry of an action that succeeded gets its first reply at any age,
 * never a refusal that makes the cashier do it again.
 */
export async function replayOf<T>(ctx: Pick<ActionContext, 'db' | 'openid'>, scope: string, requestId: string): Promise<StoredReply<T> | null> {
  return findById<StoredReply<T>>(ctx.db, 'requests', requestKey(scope, ctx.openid, requestId))
}

/** Answers a replay with its first reply; otherwise runs `fresh` (its checks, then its onceOnly write). */
export async function replayOr<T>(ctx: Pick<ActionContext, 'db' | 'openid'>, scope: string, requestId: string, fresh: () => Promise<T>): Promise<T> {
  const seen = await replayOf<T>(ctx, scope, requestId)
  return seen ? seen.result : fresh()
}

export async function onceOnly<T>(ctx: Pick<ActionContext, 'db' | 'openid' | 'now'>, scope: string, requestId: string, work: (tx: Tx) => Promise<T>): Promise<T> {
  const key = requestKey(scope, ctx.openid, requestId)
  return inTransaction(ctx.db, async (tx) => {
    const seen = await findById<StoredReply<T>>(tx, 'requests', key)
    if (seen) return seen.result
    const result = await work(tx)
    await tx.collection('requests').add({ data: { _id: key, scope, openid: ctx.openid, result: result as unknown, at: ctx.now } })
    return result
  })
}
