import { spendFromLots, usableBalance } from '@/domain/points'
import { END_2026, END_2027, lot } from './lots.fixture'

const lots = [
  lot('late', '2026-03-01T00:00:00Z', END_2027, 300),
  lot('soon', '2025-05-01T00:00:00Z', END_2026, 200, 150),
  lot('dead', '2024-05-01T00:00:00Z', '2025-12-31T15:59:59.999Z', 500, 500),
  lot('empty', '2025-06-01T00:00:00Z', END_2026, 100, 0),
]
const now = new Date('2026-06-01T04:00:00Z')

describe('spendFromLots takes the soonest-expiring usable points first', () => {
  test.each([
    [1, [{ lotId: 'soon', amount: 1, remaining: 149 }]],
    [150, [{ lotId: 'soon', amount: 150, remaining: 0 }]],
    [151, [{ lotId: 'soon', amount: 150, remaining: 0 }, { lotId: 'late', amount: 1, remaining: 299 }]],
    [450, [{ lotId: 'soon', amount: 150, remaining: 0 }, { lotId: 'late', amount: 300, remaining: 0 }]],
  ])('spend %i', (amount, deductions) => {
    const r = spendFromLots(lots, amount, now)
    expect(r.ok && r.value.deductions).toEqual(deductions)
  })

  test('returns every lot with new remaining and leaves the input untouched', () => {
    const before = JSON.stringify(lots)
    const r = spendFromLots(lots, 151, now)
    if (!r.ok) throw new Error(r.code)
    expect(r.value.lots.map((l) => [l.id, l.remaining])).toEqual([['late', 299], ['soon', 0], ['dead', 500], ['empty', 0]])
    expect(JSON.stringify(lots)).toBe(before)
    expect(r.value.lots[2]).toBe(lots[2])
  })

  test('expired lots are not usable even before the expiry job ran', () => {
    expect(usableBalance(lots, now)).toBe(450)
    expect(spendFromLots(lots, 451, now)).toMatchObject({ ok: false, code: 'POINTS.INSUFFICIENT', message: '积分不足' })
  })

  test.each([
    // the last millisecond of 2026 in Shanghai: 'soon' still usable
    ['2026-12-31T15:59:59.999Z', 450],
    // 2027-01-01 00:00 Shanghai: 'soon' is gone
    ['2026-12-31T16:00:00.000Z', 300],
    ['2027-12-31T16:00:00.000Z', 0],
  ])('at %s the usable balance is %i', (at, balance) => {
    expect(usableBalance(lots, new Date(at))).toBe(balance)
    expect(spendFromLots(lots, balance + 1, new Date(at))).toMatchObject({ ok: false, code: 'POINTS.INSUFFICIENT' })
  })

  test('ties on expiry go to the older earning, then to the id', () => {
    const tied = [lot('b', '2026-02-01T00:00:00Z', END_2027, 10), lot('a', '2026-02-01T00:00:00Z', END_2027, 10), lot('c', '2026-01-01T00:00:00Z', END_2027, 10)]
    const r = spendFromLots(tied, 25, now)
    expect(r.ok && r.value.deductions.map((d) => d.lotId)).toEqual(['c', 'a', 'b'])
  })

  test.each([0, -1, 1.5, NaN, Infinity, Number.MAX_SAFE_INTEGER + 1, '10' as unknown as number])('amount %p is POINTS.INVALID_AMOUNT', (amount) => {
    expect(spendFromLots(lots, amount, now)).toMatchObject({ ok: false, code: 'POINTS.INVALID_AMOUNT' })
  })

  test('a huge amount is simply insufficient', () => {
    expect(spendFromLots(lots, 1e12, now)).toMatchObject({ ok: false, code: 'POINTS.INSUFFICIENT' })
  })

  test('no lots at all', () => {
    expect(spendFromLots([], 1, now)).toMatchObject({ ok: false, code: 'POINTS.INSUFFICIENT' })
  })
})
