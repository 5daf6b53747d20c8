import { DEFAULT_TIER_TABLE, sortedTiers, wholeGrowth, type Tier, type TierTable } from './tier-table'

/** The tier a growth total holds: the highest whose threshold it reaches (999 → 普卡, 1000 → 银卡). */
export function tierFor(growth: number, table: TierTable = DEFAULT_TIER_TABLE): Tier {
  const g = wholeGrowth(growth)
  const tiers = sortedTiers(table)
  let held = tiers[0]
  for (const tier of tiers) if (g >= tier.threshold) held = tier
  return held
}
