import { DEFAULT_TIER_TABLE, formatNextTier, nextTier, tierFor, type TierTable } from '@/domain/member'

describe('tierFor: thresholds are inclusive', () => {
  test.each([
    [0, 'normal'], [999, 'normal'], [999.99, 'normal'], [1000, 'silver'], [4999, 'silver'], [5000, 'gold'],
    [19_999, 'gold'], [20_000, 'black'], [1e12, 'black'], [-5, 'normal'], [NaN, 'normal'], [Infinity, 'normal'],
  ])('%p → %s', (growth, code) => expect(tierFor(growth).code).toBe(code))

  test('benefits of the default table', () => {
    expect(DEFAULT_TIER_TABLE.map((t) => [t.name, t.threshold, t.benefits.pointsMultiplier, t.benefits.memberDayDiscount, t.benefits.freeDelivery])).toEqual([
      ['普卡', 0, 1, 0.95, false],
      ['银卡', 1000, 1.2, 0.9, false],
      ['金卡', 5000, 1.5, 0.88, true],
      ['黑金', 20000, 2, 0.85, true],
    ])
  })

  test('a custom table in any order', () => {
    const table: TierTable = [DEFAULT_TIER_TABLE[2], { ...DEFAULT_TIER_TABLE[0] }, { ...DEFAULT_TIER_TABLE[1], threshold: 10 }]
    expect(tierFor(9, table).code).toBe('normal')
    expect(tierFor(10, table).code).toBe('silver')
    expect(nextTier(10, table)).toEqual({ tier: DEFAULT_TIER_TABLE[2], remaining: 4990 })
  })

  test.each([[[]], [[{ ...DEFAULT_TIER_TABLE[1] }]]])('a table without a 0 tier throws', (table) => {
    expect(() => tierFor(0, table as TierTable)).toThrow(RangeError)
  })
})

describe('nextTier and its line', () => {
  test.each([
    [0, 'silver', 1000, '还差 1,000 成长值升级银卡'],
    [999, 'silver', 1, '还差 1 成长值升级银卡'],
    [1000, 'gold', 4000, '还差 4,000 成长值升级金卡'],
    [3766, 'gold', 1234, '还差 1,234 成长值升级金卡'],
    [5000, 'black', 15_000, '还差 15,000 成长值升级黑金'],
    [19_999.5, 'black', 1, '还差 1 成长值升级黑金'],
  ])('%p → %s, %i left', (growth, code, remaining, text) => {
    const next = nextTier(growth)
    expect(next?.tier.code).toBe(code)
    expect(next?.remaining).toBe(remaining)
    expect(formatNextTier(next)).toBe(text)
  })

  test.each([20_000, 1e9])('%p is at the top', (growth) => {
    expect(nextTier(growth)).toBeNull()
    expect(formatNextTier(null)).toBe('已是最高等级')
  })
})
