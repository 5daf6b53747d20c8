import { pointsForCheckout } from '@/domain/points'

describe('pointsForCheckout: whole yuan blocks, capped at a share of the order', () => {
  test.each([
    // orderFen, balance, options → points, fen
    [10_000, 100_000, {}, 5_000, 5_000], // 100 yuan order: at most 50 yuan
    [10_000, 1_234, {}, 1_200, 1_200], // whole hundreds of points only
    [10_000, 99, {}, 0, 0],
    [199, 100_000, {}, 0, 0], // cap 99 fen < 1 yuan
    [200, 100_000, {}, 100, 100],
    [9_999, 100_000, {}, 4_900, 4_900], // cap 4,999 fen → 49 yuan
    [0, 100_000, {}, 0, 0],
    [10_000, 0, {}, 0, 0],
    [10_000, 100_000, { maxShare: 1 }, 10_000, 10_000],
    [10_000, 100_000, { maxShare: 0 }, 0, 0],
    [10_000, 100_000, { maxShare: 0.57 }, 5_700, 5_700], // 0.57 × 10,000 is not 5,699.99
    [10_000, 100_000, { pointsPerYuan: 10 }, 500, 5_000],
    [10_000, 1_234, { pointsPerYuan: 200 }, 1_200, 600],
    [1_000_000_000, Number.MAX_SAFE_INTEGER, {}, 500_000_000, 500_000_000],
  ])('order %i fen, balance %i, %j → %i points / %i fen', (orderFen, balance, opts, points, fen) => {
    expect(pointsForCheckout({ orderFen, balance, ...opts })).toEqual({ ok: true, value: { points, fen } })
  })

  test.each([
    [{ orderFen: -1, balance: 0 }, 'POINTS.INVALID_AMOUNT'],
    [{ orderFen: 10.5, balance: 0 }, 'POINTS.INVALID_AMOUNT'],
    [{ orderFen: 1_000_000_001, balance: 0 }, 'POINTS.INVALID_AMOUNT'],
    [{ orderFen: 100, balance: -5 }, 'POINTS.INVALID_AMOUNT'],
    [{ orderFen: 100, balance: 0.5 }, 'POINTS.INVALID_AMOUNT'],
    [{ orderFen: 100, balance: 0, pointsPerYuan: 0 }, 'POINTS.INVALID_RATE'],
    [{ orderFen: 100, balance: 0, pointsPerYuan: 2.5 }, 'POINTS.INVALID_RATE'],
    [{ orderFen: 100, balance: 0, maxShare: -0.1 }, 'POINTS.INVALID_SHARE'],
    [{ orderFen: 100, balance: 0, maxShare: 1.1 }, 'POINTS.INVALID_SHARE'],
    [{ orderFen: 100, balance: 0, maxShare: NaN }, 'POINTS.INVALID_SHARE'],
  ])('%j → %s', (input, code) => {
    expect(pointsForCheckout(input)).toMatchObject({ ok: false, code })
  })
})
