import { formatPoints } from '../points/format-points'
import { DEFAULT_TIER_TABLE, sortedTiers, wholeGrowth, type Tier, type TierTable } from './tier-table'

export type NextTier = Readonly<{ tier: Tier; remaining: number }>

/** The next tier up and the growth still needed, or null at the top tier. */
export function nextTier(growth: number, table: TierTable = DEFAULT_TIER_TABLE): NextTier | null {
  const g = wholeGrowth(growth)
  const next = sortedTiers(table).find((tier) => tier.threshold > g)
  return next ? { tier: next, remaining: next.threshold - g } : null
}

/** 「还差 1,234 成长值升级金卡」, or 「已是最高等级」 at the top. */
export const formatNextTier = (next: NextTier | null): string =>
  next ? `还差 ${formatPoints(next.remaining)} 成长值升级${next.tier.name}` : '已是最高等级'
