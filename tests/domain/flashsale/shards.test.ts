import { admitAttempt, countdownTo, shardOrder, splitStock, clockOffset, correctedNow } from '@/domain/flashsale'

describe('splitStock', () => {
  test.each([
    [100, 1, [100]],
    [100, 8, [13, 13, 13, 13, 12, 12, 12, 12]],
    [3, 8, [1, 1, 1, 0, 0, 0, 0, 0]],
    [0, 4, [0, 0, 0, 0]],
  ])('%p into %p', (stock, k, shards) => {
    expect(splitStock(stock, k)).toEqual(shards)
    expect(splitStock(stock, k).reduce((a, b) => a + b, 0)).toBe(stock)
  })
  test.each([
    [-1, 2],
    [1.5, 2],
    [10, 0],
  ])('refuses %p into %p', (stock, k) => expect(() => splitStock(stock, k)).toThrow())
})

test('shardOrder is a permutation driven by the random source', () => {
  const seq = [0.9, 0.1, 0.5, 0.3, 0.7, 0.2, 0.6]
  let i = 0
  const order = shardOrder(8, () => seq[i++ % seq.length])
  expect([...order].sort()).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  expect(shardOrder(8, () => 0.999)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
  expect(shardOrder(1, Math.random)).toEqual([0])
})

test('admitAttempt: at most max in the window', () => {
  const rule = { max: 2, windowMs: 1000 }
  let recent: number[] = []
  const results = [0, 10, 20, 999, 1011].map((t) => {
    const r = admitAttempt(recent, t, rule)
    recent = r.recent
    return r.admitted
  })
  expect(results).toEqual([true, true, false, false, true])
})

test('countdowns on corrected time', () => {
  const offset = clockOffset(new Date('2026-11-30T01:59:00.000Z'), Date.parse('2026-11-30T01:58:00.000Z'))
  expect(offset).toBe(60_000)
  const now = correctedNow(offset, Date.parse('2026-11-30T00:59:00.500Z'))
  expect(countdownTo(new Date('2026-11-30T02:00:00.000Z'), now)).toMatchObject({ text: '01:00:00', totalSeconds: 3600 })
  expect(countdownTo(new Date('2026-11-30T02:00:00.000Z'), new Date('2026-11-30T02:00:00.001Z')).text).toBe('00:00:00')
  expect(countdownTo(new Date('2026-11-30T02:00:00.000Z'), new Date('2026-11-30T01:59:59.900Z')).text).toBe('00:00:01')
})
