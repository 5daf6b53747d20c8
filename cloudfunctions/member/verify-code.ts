import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { onceOnly } from '../_shared/idempotency'
import { maskPhone, requireStaff } from '../_shared/members'
import { scanMemberCode, useScannedCode } from '../_shared/scanned-code'
import { tierTable } from '../_shared/settings'

/** member.verifyCode (staff): checks a scanned member code and uses it up for this action. */
export async function verifyCode(input: { requestId: string; code: string; purpose: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const staff = await requireStaff(db, openid)
  const { claims, member: found } = await scanMemberCode(db, input.code, now)
  const table = await tierTable(db)
  return onceOnly(ctx, 'member.verifyCode', input.requestId, async (tx) => {
    await useScannedCode(tx, claims, { staffId: staff._id, purpose: input.purpose, now })
    const account = await findById<{ balance: number }>(tx, 'points_accounts', found._id)
    return {
      cardNo: found.cardNo,
      nickname: found.nickname || '微信用户',
      tierName: table.find((t) => t.code === found.tier)?.name ?? table[0].name,
      phoneMasked: maskPhone(found.phone),
      points: account?.balance ?? 0,
    }
  })
}
