import { DEFAULT_TIER_TABLE } from '@/domain/member'
import { benefitLines, discountText, multiplierText } from '@/features/member/logic/benefit-lines'
import { groupCardNo } from '@/features/member/logic/card-number'
import { growthPercent } from '@/features/member/logic/growth-progress'

const [normal, silver, gold, black] = DEFAULT_TIER_TABLE

describe('groupCardNo', () => {
  test.each([
    ['880012345678', '8800 1234 5678'],
    ['8800 1234 5678', '8800 1234 5678'],
    ['12345', '1234 5'],
    ['1234', '1234'],
    ['', ''],
  ])('%j → %j', (input, expected) => {
    expect(groupCardNo(input)).toBe(expected)
  })
})

describe('benefit texts', () => {
  test.each([
    [0.9, '9 折'],
    [0.95, '9.5 折'],
    [0.88, '8.8 折'],
    [0.85, '8.5 折'],
  ])('discount %d → %s', (rate, text) => expect(discountText(rate)).toBe(text))

  test.each([
    [1.2, 'x1.2'],
    [2, 'x2'],
    [1.5, 'x1.5'],
  ])('multiplier %d → %s', (m, text) => expect(multiplierText(m)).toBe(text))

  test('silver: points x1.2, birthday gift, member day 9 折, no free delivery', () => {
    expect(benefitLines(silver.benefits).map((l) => l.title)).toEqual(['积分 x1.2', '生日礼', '会员日 9 折'])
  })

  test('gold and black include free delivery; normal earns plain points', () => {
    expect(benefitLines(gold.benefits).map((l) => l.title)).toEqual(['积分 x1.5', '生日礼', '会员日 8.8 折', '包邮'])
    expect(benefitLines(black.benefits).slice(-1)[0].title).toBe('包邮')
    expect(benefitLines(normal.benefits)[0].title).toBe('消费积分')
  })
})

describe('growthPercent', () => {
  const next = (tier: typeof gold, remaining: number) => ({ tierName: tier.name, threshold: tier.threshold, remaining, text: '' })

  test.each([
    ['silver with 1,280 of gold 5,000', silver, next(gold, 3720), 7],
    ['just reached silver', silver, next(gold, 4000), 0],
    ['one short of gold', silver, next(gold, 1), 99],
    ['normal half way to silver', normal, next(silver, 500), 50],
    ['remaining larger than the span (kept in a tier)', silver, next(gold, 9000), 0],
  ])('%s → %d%%', (_n, tier, nx, pct) => {
    expect(growthPercent({ tier, next: nx })).toBe(pct)
  })

  test('top tier is full', () => {
    expect(growthPercent({ tier: black, next: null })).toBe(100)
  })
})
