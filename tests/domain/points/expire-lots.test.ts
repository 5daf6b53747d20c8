import { expireLots } from '@/domain/points'
import { END_2026, END_2027, lot } from './lots.fixture'

const lots = [
  lot('a', '2025-03-01T00:00:00Z', END_2026, 300, 120),
  lot('b', '2025-04-01T00:00:00Z', END_2026, 50, 0),
  lot('c', '2026-03-01T00:00:00Z', END_2027, 80),
]

describe('expireLots writes off what is left of lots past expiry', () => {
  test.each([
    ['2026-12-31T15:59:59.999Z', []], // last millisecond of 2026 in Shanghai: nothing yet
    ['2026-12-31T16:00:00.000Z', ['a']], // 00:00 on 1 Jan 2027 Shanghai
    ['2027-06-01T00:00:00.000Z', ['a']],
    ['2028-01-01T00:00:00.000Z', ['a', 'c']],
  ])('at %s expires %j', (at, ids) => {
    const run = expireLots(lots, new Date(at))
    expect(run.expired.map((l) => l.id)).toEqual(ids)
    expect(run.expired.every((l) => l.remaining === 0)).toBe(true)
  })

  test('entries are negative, per lot, dated at the expiry instant', () => {
    const run = expireLots(lots, new Date('2028-03-01T00:00:00Z'))
    expect(run.entries).toEqual([
      { code: 'expire', amount: -120, lotId: 'a', at: new Date(END_2026) },
      { code: 'expire', amount: -80, lotId: 'c', at: new Date(END_2027) },
    ])
    expect(lots[0].remaining).toBe(120) // inputs are not mutated
  })

  test('running twice on the result expires nothing more', () => {
    const now = new Date('2028-03-01T00:00:00Z')
    const first = expireLots(lots, now)
    const after = lots.map((l) => first.expired.find((e) => e.id === l.id) ?? l)
    expect(expireLots(after, now)).toEqual({ expired: [], entries: [] })
  })
})
