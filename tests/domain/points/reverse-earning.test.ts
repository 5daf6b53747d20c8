import { reverseEarning } from '@/domain/points'

describe('reverseEarning: lot first, then balance, never below zero', () => {
  test.each([
    // earned, lotRemaining, balance → fromLot, fromBalance, total, writtenOff
    ['untouched lot', 100, 100, 500, 100, 0, 100, 0],
    ['lot partly spent, balance covers', 100, 40, 500, 40, 60, 100, 0],
    ['lot fully spent, balance covers', 100, 0, 100, 0, 100, 100, 0],
    ['lot spent, balance short', 100, 0, 30, 0, 30, 30, 70],
    ['lot partly spent, nothing else', 100, 40, 40, 40, 0, 40, 60],
    ['balance zero', 100, 0, 0, 0, 0, 0, 100],
    ['partial refund smaller than the lot', 30, 100, 100, 30, 0, 30, 0],
    ['nothing to reverse', 0, 50, 50, 0, 0, 0, 0],
    ['huge', 1e12, 1e12, 2e12, 1e12, 0, 1e12, 0],
  ])('%s', (_name, earnedAmount, lotRemaining, balance, fromLot, fromBalance, total, writtenOff) => {
    const r = reverseEarning({ earnedAmount, lotRemaining, balance })
    expect(r).toEqual({ ok: true, value: { fromLot, fromBalance, total, writtenOff } })
    if (r.ok) expect(balance - r.value.total).toBeGreaterThanOrEqual(0)
  })

  test.each([
    [{ earnedAmount: -1, lotRemaining: 0, balance: 0 }],
    [{ earnedAmount: 1.5, lotRemaining: 0, balance: 10 }],
    [{ earnedAmount: 10, lotRemaining: -1, balance: 10 }],
    [{ earnedAmount: 10, lotRemaining: 0, balance: NaN }],
    [{ earnedAmount: 10, lotRemaining: 20, balance: 10 }], // a lot larger than the balance: inconsistent figures
  ])('%j → POINTS.INVALID_AMOUNT', (input) => {
    expect(reverseEarning(input)).toMatchObject({ ok: false, code: 'POINTS.INVALID_AMOUNT' })
  })
})
