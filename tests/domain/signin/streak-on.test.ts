import { streakOn, streakReward } from '@/domain/signin'

describe('streakOn counts consecutive signed days ending at the day', () => {
  test.each([
    [[], '2026-03-10', 0],
    [['2026-03-10'], '2026-03-10', 1],
    [['2026-03-08', '2026-03-09', '2026-03-10'], '2026-03-10', 3],
    [['2026-03-08', '2026-03-10'], '2026-03-10', 1], // one missed day resets
    [['2026-03-08', '2026-03-09'], '2026-03-10', 0], // the day itself is not signed
    [['2026-02-27', '2026-02-28', '2026-03-01'], '2026-03-01', 3], // month end
    [['2028-02-28', '2028-02-29', '2028-03-01'], '2028-03-01', 3], // leap day
    [['2027-02-28', '2027-03-01'], '2027-03-01', 2],
    [['2026-12-31', '2027-01-01'], '2027-01-01', 2], // year end
    [['2026-03-10', '2026-03-09', '2026-03-08'], '2026-03-10', 3], // unsorted array
    [['2026-03-10'], 'not-a-day', 0],
  ])('%j on %s → %i', (days, day, streak) => {
    expect(streakOn(days, day)).toBe(streak)
    expect(streakOn(new Set(days), day)).toBe(streak)
  })

  test('a long streak (400 days across a leap year)', () => {
    const days: string[] = []
    for (let t = Date.UTC(2027, 0, 1); days.length < 400; t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10))
    expect(streakOn(days, days[399])).toBe(400)
  })
})

describe('streakReward: the cycle restarts after the last day', () => {
  test.each([
    [1, 1, 5], [2, 2, 5], [3, 3, 10], [6, 6, 15], [7, 7, 50], [8, 1, 5], [14, 7, 50], [15, 1, 5], [700, 7, 50],
  ])('streak %i → cycle day %i, %i points', (streak, cycleDay, points) => {
    expect(streakReward(streak)).toEqual({ cycleDay, reward: { points } })
  })

  test('coupon on its cycle day, every round', () => {
    const config = { cycle: [1, 2, 3], couponOnDay: { day: 3, templateId: 'tpl-7' } }
    expect(streakReward(3, config).reward).toEqual({ points: 3, couponTemplateId: 'tpl-7' })
    expect(streakReward(6, config).reward).toEqual({ points: 3, couponTemplateId: 'tpl-7' })
    expect(streakReward(4, config).reward).toEqual({ points: 1 })
  })

  test.each([
    [1, { cycle: [] }],
    [1, { cycle: [5, -1] }],
    [1, { cycle: [5, 1.5] }],
    [0, { cycle: [5] }],
    [-1, { cycle: [5] }],
    [1.5, { cycle: [5] }],
  ])('streak %p with %j throws', (streak, config) => {
    expect(() => streakReward(streak, config)).toThrow(RangeError)
  })
})
