import { checkTillPurchase, DEFAULT_TILL_CEILING_FEN } from '@/domain/points'

describe('checkTillPurchase: one till purchase has a ceiling', () => {
  test('the default is 5,000 yuan', () => expect(DEFAULT_TILL_CEILING_FEN).toBe(500_000))

  test.each([
    [1, DEFAULT_TILL_CEILING_FEN],
    [DEFAULT_TILL_CEILING_FEN, DEFAULT_TILL_CEILING_FEN],
    [100_000, 100_000],
  ])('%i fen under a ceiling of %i is allowed', (paidFen, ceilingFen) => expect(checkTillPurchase({ paidFen, ceilingFen })).toEqual({ ok: true, value: true }))

  test.each([
    [DEFAULT_TILL_CEILING_FEN + 1, DEFAULT_TILL_CEILING_FEN, '单笔消费超过 5000 元，请核对金额'],
    [100_001, 100_000, '单笔消费超过 1000 元，请核对金额'],
    [1_000_000_000, DEFAULT_TILL_CEILING_FEN, '单笔消费超过 5000 元，请核对金额'],
    [1, 0, '单笔消费超过 0 元，请核对金额'],
  ])('%i fen over a ceiling of %i is refused', (paidFen, ceilingFen, message) =>
    expect(checkTillPurchase({ paidFen, ceilingFen })).toEqual({ ok: false, code: 'POINTS.OVER_TILL_CEILING', message }),
  )
})
