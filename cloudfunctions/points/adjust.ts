import { pointsExpiry, usableBalance } from '@/domain/points'
import { ActionError } from '../_shared/action-error'
import type { ActionContext } from '../_shared/define-function'
import { onceOnly } from '../_shared/idempotency'
import { requireMemberByCardNo, requireStaff } from '../_shared/members'
import { postEarning, postSpending, readAccount } from '../_shared/points-ledger'
import { pointsSettings } from './settings'

/**
 * points.adjust (admin): a manual correction. A positive amount is a new lot; a
 * negative one takes back at most what the member can spend (never below zero).
 */
export async function adjust(input: { requestId: string; cardNo: string; amount: number; reason: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const admin = await requireStaff(db, openid, 'admin')
  const found = await requireMemberByCardNo(db, input.cardNo)
  const settings = await pointsSettings(db)
  return onceOnly(ctx, 'points.adjust', input.requestId, async (tx) => {
    const posting = { memberId: found._id, requestId: `adjust-${admin._id}-${input.requestId}`, code: 'adjust.admin' as const, ref: { type: 'admin', id: input.reason }, now }
    if (input.amount > 0) return { balance: (await postEarning(tx, { ...posting, amount: input.amount, expiresAt: pointsExpiry(now, settings.expiry) })).balanceAfter }
    const take = Math.min(-input.amount, usableBalance((await readAccount(tx, found._id)).lots, now))
    if (take === 0) throw new ActionError('POINTS.INSUFFICIENT', '积分不足')
    return { balance: (await postSpending(tx, { ...posting, amount: take })).balanceAfter }
  })
}
