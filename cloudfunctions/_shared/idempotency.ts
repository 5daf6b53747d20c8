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
