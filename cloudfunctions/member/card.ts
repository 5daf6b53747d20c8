import { formatNextTier, nextTier, tierFor, type TierTable } from '@/domain/member'
import type { ActionContext } from '../_shared/define-function'
import { requireMember } from '../_shared/members'
import { usablePoints } from '../_shared/points-ledger'
import { tierTable } from '../_shared/settings'
import { storeRef } from './scenes'

const tierOf = (table: TierTable, code: string) => table.find((t) => t.code === code) ?? tierFor(0, table)

/** member.card: what the card face shows. */
export async function memberCard(_input: unknown, { db, openid, now }: ActionContext) {
  const member = await requireMember(db, openid)
  const table = await tierTable(db)
  const tier = tierOf(table, member.tier)
  // Progress counts from the tier held: a member kept above their growth by an earlier
  // year is shown what the next tier up needs.
  const next = nextTier(Math.max(member.tierGrowth, tier.threshold), table)
  const { total: couponsUsable } = await db
    .collection('coupons')
    .where({ ownerId: openid, status: db.command.in(['available', 'locked']), validTo: db.command.gte(now) })
    .count()
  return {
    cardNo: member.cardNo,
    nickname: member.nickname,
    avatarUrl: member.avatarUrl,
    tier: { ...tier },
    growth: member.growth,
    tierGrowth: member.tierGrowth,
    next: next ? { tierName: next.tier.name, threshold: next.tier.threshold, remaining: next.remaining, text: formatNextTier(next) } : null,
    points: await usablePoints(db, openid, now),
    couponsUsable,
    store: await storeRef(db, member.attribution?.storeId),
    joinedAt: member.joinedAt.toISOString(),
  }
}
