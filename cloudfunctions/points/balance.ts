import { formatDate } from '@/domain/time'
import { expiringSoon, formatExpiringSoon, usableBalance } from '@/domain/points'
import type { ActionContext } from '../_shared/define-function'
import { findById } from '../_shared/db'
import { requireMember } from '../_shared/members'
import type { PointsAccount } from '../_shared/points-ledger'

/** Every future expiry is shown, soonest first: members should never be surprised. */
const HORIZON_DAYS = 3650

export async function expiringGroups(account: PointsAccount | null, now: Date) {
  return expiringSoon(account?.lots ?? [], now, HORIZON_DAYS).map((g) => ({ day: formatDate(g.expiresAt), amount: g.amount, text: formatExpiringSoon(g) }))
}

/** points.balance: what can be spent now, and what expires when. */
export async function balance(_input: unknown, { db, openid, now }: ActionContext) {
  await requireMember(db, openid)
  const account = await findById<PointsAccount>(db, 'points_accounts', openid)
  return { balance: usableBalance(account?.lots ?? [], now), expiring: await expiringGroups(account, now) }
}

export async function expiring(_input: unknown, { db, openid, now }: ActionContext) {
  await requireMember(db, openid)
  return { groups: await expiringGroups(await findById<PointsAccount>(db, 'points_accounts', openid), now) }
}
