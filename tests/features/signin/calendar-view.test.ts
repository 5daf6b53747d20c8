import { calendarWeeks, dayLabel, makeupChange, makeupRefusal, monthBounds, monthTitle, shiftMonth } from '@/features/signin/model/calendar-view'
import { cycleCells, giftName } from '@/features/signin/model/cycle-view'
import { daysOfMonth } from '@/domain/time'

const month = (m: string) => daysOfMonth(m).map((day) => ({ day, state: 'future' as const, isToday: false, canMakeup: false }))

describe('the calendar grid', () => {
  test.each([
    ['2026-11', 6, 6], // 1 November 2026 is a Sunday: six blanks, six weeks
    ['2026-12', 1, 5], // a Tuesday
    ['2027-02', 0, 4], // a Monday, 28 days: four full weeks
    ['2028-02', 1, 5], // leap February starts on a Tuesday
  ])('%s starts after %i blanks and spans %i weeks, Monday first', (m, blanks, weeks) => {
    const grid = calendarWeeks(month(m))
    expect(grid).toHaveLength(weeks)
    expect(grid.every((w) => w.length === 7)).toBe(true)
    expect(grid[0].findIndex((d) => d !== null)).toBe(blanks)
    expect(grid.flat().filter(Boolean)).toHaveLength(daysOfMonth(m).length)
  })

  test('an empty month has no weeks', () => expect(calendarWeeks([])).toEqual([]))
})

describe('months and days in words', () => {
  test.each([
    ['2026-11', -1, '2026-10'],
    ['2026-01', -1, '2025-12'],
    ['2026-12', 1, '2027-01'],
    ['2028-02', 1, '2028-03'],
  ] as const)('%s shifted by %i is %s', (m, delta, expected) => expect(shiftMonth(m, delta)).toBe(expected))

  test('titles and labels', () => {
    expect(monthTitle('2026-03')).toBe('2026年3月')
    expect(dayLabel('2026-11-22')).toBe('11月22日')
    expect(dayLabel('2028-02-29')).toBe('2月29日')
  })

  test('month switching reaches the joining month, and always one month back', () => {
    expect(monthBounds({ months: { first: '2026-09', last: '2026-11' } })).toEqual({ first: '2026-09', last: '2026-11' })
    expect(monthBounds({ months: { first: '2026-11', last: '2026-11' } })).toEqual({ first: '2026-10', last: '2026-11' })
    expect(monthBounds({ months: { first: '2026-12', last: '2027-01' } })).toEqual({ first: '2026-12', last: '2027-01' })
  })
})

describe('why a missed day cannot be made up', () => {
  const status = { today: '2026-11-20', makeupsLeft: 0 }
  const missed = (day: string, canMakeup = false) => ({ day, state: 'missed' as const, isToday: false, canMakeup })
  test('last month, no make-ups left, or nothing to say', () => {
    expect(makeupRefusal(missed('2026-10-30'), status)).toBe('只能补签本月的日期')
    expect(makeupRefusal(missed('2026-11-11'), status)).toBe('本月补签次数已用完')
    expect(makeupRefusal(missed('2026-11-11', true), { ...status, makeupsLeft: 1 })).toBeNull()
    expect(makeupRefusal(missed('2026-11-02'), { ...status, makeupsLeft: 1 })).toBe('剩余补签次数连不回今天，请先补签离今天更近的日子')
    expect(makeupRefusal({ ...missed('2026-11-12'), state: 'signed' }, status)).toBeNull()
  })
})

describe('what a make-up does to the next reward', () => {
  const cycle = { days: [5, 5, 10, 10, 15, 15, 50].map((points, i) => ({ day: i + 1, points, ...(i === 6 ? { couponTitle: '5 元无门槛券' } : {}) })), next: 7 }
  const day = (nextCycleDay: number) => ({ day: '2026-12-14', state: 'missed' as const, isToday: false, canMakeup: true, makeup: { streak: 8, nextCycleDay } })
  test('a jump over day 7 says the reward shrinks', () => {
    expect(makeupChange(day(2), { cycle, signedToday: true })).toEqual({ streak: 8, when: '明天', before: '50 积分和 1 张优惠券', after: '5 积分', worse: true })
  })
  test('a make-up that keeps or raises the reward is not a warning', () => {
    expect(makeupChange(day(7), { cycle, signedToday: false })).toMatchObject({ when: '今天', before: '50 积分和 1 张优惠券', after: '50 积分和 1 张优惠券', worse: false })
    expect(makeupChange(day(7), { cycle: { ...cycle, next: 3 }, signedToday: true })).toMatchObject({ worse: false })
  })
  test('no preview, no change line', () => {
    expect(makeupChange({ ...day(1), makeup: undefined }, { cycle, signedToday: true })).toBeNull()
  })
})

describe('the reward cycle strip', () => {
  const cycle = { days: [5, 5, 10, 10, 15, 15, 50].map((points, i) => ({ day: i + 1, points, ...(i === 6 ? { couponTitle: '5 元无门槛券' } : {}) })), next: 3 }
  test('days before the next one are done; the next says today or tomorrow', () => {
    expect(cycleCells({ cycle, signedToday: false }).map((c) => [c.state, c.label])).toEqual([
      ['done', '第1天'], ['done', '第2天'], ['next', '今天'], ['ahead', '第4天'], ['ahead', '第5天'], ['ahead', '第6天'], ['ahead', '第7天'],
    ])
    expect(cycleCells({ cycle, signedToday: true })[2].label).toBe('明天')
    expect(cycleCells({ cycle: { ...cycle, next: 1 }, signedToday: true }).filter((c) => c.state === 'done')).toEqual([])
  })

  test('a gift name after 送', () => {
    expect(giftName('5 元无门槛券')).toBe(' 5 元无门槛券')
    expect(giftName('全场 8.5 折')).toBe('全场 8.5 折')
  })
})
