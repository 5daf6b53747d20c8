import { growthForSignin, growthForSpend } from '@/domain/member'

describe('growthForSpend: 1 per whole yuan paid', () => {
  test.each([[0, 0], [99, 0], [100, 1], [199, 1], [12_345, 123], [1_000_000_000, 10_000_000]])('%i fen → %i', (fen, growth) => {
    expect(growthForSpend(fen)).toEqual({ ok: true, value: growth })
  })

  test.each([-1, 1.5, NaN, Infinity, 1_000_000_001, '100' as unknown as number])('%p → MEMBER.INVALID_AMOUNT', (fen) => {
    expect(growthForSpend(fen)).toMatchObject({ ok: false, code: 'MEMBER.INVALID_AMOUNT', message: '金额无效' })
  })
})

describe('growthForSignin', () => {
  test.each([[undefined, 1], [{ perSignin: 3 }, 3], [{ perSignin: 0 }, 0]])('%j → %i', (config, growth) => {
    expect(growthForSignin(config)).toBe(growth)
  })
  test.each([-1, 0.5, NaN])('perSignin %p throws', (perSignin) => {
    expect(() => growthForSignin({ perSignin })).toThrow(RangeError)
  })
})
