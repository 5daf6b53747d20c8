import type { ActionContext } from '../_shared/define-function'
import { onceOnly, replayOr } from '../_shared/idempotency'
import { maskPhone, requireStaff } from '../_shared/members'
import { usablePoints } from '../_shared/points-ledger'
import { scanMemberCode, useScannedCode } from '../_shared/scanned-code'
import { tierTable } from '../_shared/settings'

const SCOPE = 'member.verifyCode'

/**
 * member.verifyCode (staff): checks a scanned member code and uses it up for this action.
 * A replay gets its first reply before the code's age is looked at.
 */
export async function verifyCode(input: { requestId: string; code: string; purpose: string }, ctx: ActionContext) {
  const { db, openid, now } = ctx
  const staff = await requireStaff(db, openid)
  return replayOr(ctx, SCOPE, input.requestId, async () => {
    const { claims, member: found } = await scanMemberCode(db, input.code, now)
    const table = await tierTable(db)
    return onceOnly(ctx, SCOPE, input.requestId, async (tx) => {
      await useScannedCode(tx, claims, { staffId: staff._id, purpose: input.purpose, now })
      return {
        cardNo: found.cardNo,
        nickname: found.nickname || '微信用户',
        tierName: table.find((t) => t.code === found.tier)?.name ?? table[0].name,
        phoneMasked: maskPhone(found.phone),
        points: await usablePoints(tx, found._id, now),
      }
    })
  })
}
