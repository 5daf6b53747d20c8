import { formatNextReward, nextReward } from '@/domain/signin'

const days = (...ds: string[]) => new Set(ds)

describe('nextReward and its banner', () => {
  test.each([
    ['signed today, streak 3', days('2026-03-08', '2026-03-09', '2026-03-10'), '已连续签到 3 天，明天签到可得 10 积分', '2026-03-11'],
    ['not yet today, streak 2 alive', days('2026-03-08', '2026-03-09'), '已连续签到 2 天，今天签到可得 10 积分', '2026-03-10'],
    ['no streak', days(), '今天签到可得 5 积分', '2026-03-10'],
    ['streak broken the day before yesterday', days('2026-03-07', '2026-03-08'), '今天签到可得 5 积分', '2026-03-10'],
    ['signed 7 today: tomorrow restarts', days('2026-03-04', '2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'), '已连续签到 7 天，明天签到可得 5 积分', '2026-03-11'],
  ])('%s', (_name, signed, text, day) => {
    const next = nextReward({ today: '2026-03-10', signedDays: signed })
    expect(formatNextReward(next)).toBe(text)
    expect(next.day).toBe(day)
  })

  test('tomorrow crosses a month end and a leap day', () => {
    expect(nextReward({ today: '2028-02-29', signedDays: ['2028-02-29'] }).day).toBe('2028-03-01')
    expect(nextReward({ today: '2028-02-28', signedDays: ['2028-02-28'] }).day).toBe('2028-02-29')
  })

  test('coupon days mention the coupon', () => {
    const config = { cycle: [5, 5, 10, 10, 15, 15, 50], couponOnDay: { day: 7, templateId: 't' } }
    const next = nextReward({ today: '2026-03-10', signedDays: days('2026-03-05', '2026-03-06', '2026-03-07', '2026-03-08', '2026-03-09', '2026-03-10'), config })
    expect(formatNextReward(next)).toBe('已连续签到 6 天，明天签到可得 50 积分和 1 张优惠券')
  })
})
