/** Member tiers: reached by growth (成长值), each with its card colours and benefits. */
export type TierCode = 'normal' | 'silver' | 'gold' | 'black'

export type Tier = Readonly<{
  code: TierCode
  name: string
  /** Growth needed to hold this tier (inclusive). */
  threshold: number
  colors: Readonly<{ from: string; to: string; text: string }>
  benefits: Readonly<{
    /** Multiplies points earned on purchases (see points/earnPoints tierMultiplier). */
    pointsMultiplier: number
    birthdayGift: string
    /** Price rate on member day: 0.9 = 10% off (九折). */
    memberDayDiscount: number
    freeDelivery: boolean
  }>
}>

/** Ordered by threshold, lowest first; the first tier has threshold 0. */
export type TierTable = readonly Tier[]

export const DEFAULT_TIER_TABLE: TierTable = [
  {
    code: 'normal', name: '普卡', threshold: 0,
    colors: { from: '#9CA3AF', to: '#6B7280', text: '#FFFFFF' },
    benefits: { pointsMultiplier: 1, birthdayGift: '生日 5 元无门槛券', memberDayDiscount: 0.95, freeDelivery: false },
  },
  {
    code: 'silver', name: '银卡', threshold: 1_000,
    colors: { from: '#E5E7EB', to: '#94A3B8', text: '#1F2937' },
    benefits: { pointsMultiplier: 1.2, birthdayGift: '生日 10 元无门槛券', memberDayDiscount: 0.9, freeDelivery: false },
  },
  {
    code: 'gold', name: '金卡', threshold: 5_000,
    colors: { from: '#FDE68A', to: '#D97706', text: '#422006' },
    benefits: { pointsMultiplier: 1.5, birthdayGift: '生日 20 元无门槛券 + 生日蛋糕', memberDayDiscount: 0.88, freeDelivery: true },
  },
  {
    code: 'black', name: '黑金', threshold: 20_000,
    colors: { from: '#374151', to: '#111827', text: '#F5D88A' },
    benefits: { pointsMultiplier: 2, birthdayGift: '生日 50 元无门槛券 + 生日蛋糕 + 专属礼盒', memberDayDiscount: 0.85, freeDelivery: true },
  },
]

/**
 * The table sorted by threshold, checked once per call: a table without a 0 tier would
 * leave new members without a card, which is a configuration bug (RangeError).
 */
export function sortedTiers(table: TierTable): Tier[] {
  const tiers = [...table].sort((a, b) => a.threshold - b.threshold)
  if (tiers.length === 0 || tiers[0].threshold !== 0) throw new RangeError('tier table needs a tier with threshold 0')
  return tiers
}

/** Growth as counted for tiers: whole, non-negative; anything else counts as 0. */
export const wholeGrowth = (growth: number): number => (Number.isFinite(growth) && growth > 0 ? Math.floor(growth) : 0)
