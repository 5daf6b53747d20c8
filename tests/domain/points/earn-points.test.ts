import { earnPoints } from '@/domain/points'

describe('earnPoints: floor(yuan × rate × tier × campaign)', () => {
  test.each([
    [{ paidFen: 0 }, 0],
    [{ paidFen: 99 }, 0],
    [{ paidFen: 100 }, 1],
    [{ paidFen: 12_345 }, 123],
    [{ paidFen: 10_000, tierMultiplier: 1.2 }, 120],
    [{ paidFen: 10_000, tierMultiplier: 1.2, campaignMultiplier: 1.5 }, 180],
    [{ paidFen: 999, tierMultiplier: 2 }, 19],
    [{ paidFen: 10_000, tierMultiplier: 1.1 }, 110], // 100 × 1.1 is 110.00000000000001 in floats
    [{ paidFen: 300, tierMultiplier: 1.1, campaignMultiplier: 3 }, 9], // exact 9.9, never 10
    [{ paidFen: 700, ratePerYuan: 0.1, tierMultiplier: 1.2, campaignMultiplier: 1.2 }, 1],
    [{ paidFen: 5_000, ratePerYuan: 2 }, 100],
    [{ paidFen: 5_000, ratePerYuan: 0 }, 0],
    [{ paidFen: 1_000_000_000, tierMultiplier: 10, campaignMultiplier: 10, ratePerYuan: 100 }, 100_000_000_000],
    [{ paidFen: 1_000_000_000, tierMultiplier: 1.2345 }, 12_345_000],
  ])('%j → %i points', (input, points) => {
    expect(earnPoints(input)).toEqual({ ok: true, value: points })
  })

  test.each([
    [{ paidFen: -1 }, 'POINTS.INVALID_AMOUNT'],
    [{ paidFen: 1.5 }, 'POINTS.INVALID_AMOUNT'],
    [{ paidFen: NaN }, 'POINTS.INVALID_AMOUNT'],
    [{ paidFen: Infinity }, 'POINTS.INVALID_AMOUNT'],
    [{ paidFen: 1_000_000_001 }, 'POINTS.INVALID_AMOUNT'],
    [{ paidFen: '100' as unknown as number }, 'POINTS.INVALID_AMOUNT'],
    [{ paidFen: 100, ratePerYuan: -1 }, 'POINTS.INVALID_RATE'],
    [{ paidFen: 100, ratePerYuan: 101 }, 'POINTS.INVALID_RATE'],
    [{ paidFen: 100, tierMultiplier: 0.9 }, 'POINTS.INVALID_MULTIPLIER'],
    [{ paidFen: 100, tierMultiplier: 0 }, 'POINTS.INVALID_MULTIPLIER'],
    [{ paidFen: 100, campaignMultiplier: 10.01 }, 'POINTS.INVALID_MULTIPLIER'],
    [{ paidFen: 100, campaignMultiplier: -2 }, 'POINTS.INVALID_MULTIPLIER'],
    [{ paidFen: 100, campaignMultiplier: NaN }, 'POINTS.INVALID_MULTIPLIER'],
  ])('%j → %s', (input, code) => {
    const r = earnPoints(input)
    expect(r.ok).toBe(false)
    if (!r.ok) {
      expect(r.code).toBe(code)
      expect(r.message).toMatch(/[\u4e00-\u9fa5]/)
    }
  })
})
