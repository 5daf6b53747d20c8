/**
 * Growth value (成长值), kept like points: an append-only record with (member,
 * requestId) unique, written in the caller's transaction together with the member's
 * totals. A member upgrades the moment a threshold is crossed; only the yearly review
 * moves a tier down.
 */
import { tierFor, type TierCode, type TierTable } from '@/domain/member'
import type { Tx } from './db'
import type { MemberDoc } from './members'

export type GrowthCode = 'growth.spend' | 'growth.signin' | 'growth.admin'

const rank = (table: TierTable, code: TierCode) => table.findIndex((t) => t.code === code)

/** Adds growth inside `tx` (2 single-document writes); `member` was read in the same tx. */
export async function addGrowth(
  tx: Tx,
  member: MemberDoc,
  entry: { amount: number; code: GrowthCode; requestId: string; now: Date; table: TierTable },
): Promise<{ tier: TierCode; upgraded: boolean }> {
  const { amount, code, requestId, now, table } = entry
  const tierGrowth = member.tierGrowth + amount
  const reached = tierFor(tierGrowth, table).code
  const tier = rank(table, reached) > rank(table, member.tier) ? reached : member.tier
  await tx.collection('growth_ledger').add({ data: { memberId: member._id, requestId, code, amount, at: now } })
  await tx.collection('members').doc(member._id).update({ data: { growth: member.growth + amount, tierGrowth, tier } })
  return { tier, upgraded: tier !== member.tier }
}
