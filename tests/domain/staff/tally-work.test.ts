import { awardText, reversalText, tallyWork, type WorkItem } from '@/domain/staff'

// 2026-12-02 09:00 in Shanghai.
const now = new Date('2026-12-02T01:00:00.000Z')
const item = (staffId: string, kind: WorkItem['kind'], at: string, points = 0, reversed = false): WorkItem => ({ staffId, kind, points, reversed, at: new Date(at) })

test('today and this month follow Shanghai days, reversed awards count nothing, other months are left out', () => {
  const { total, byStaff } = tallyWork(
    [
      item('a', 'award', '2026-12-01T16:00:00.000Z', 128), // 00:00 on the 2nd: today
      item('a', 'award', '2026-12-01T15:59:59.999Z', 10), // 23:59 on the 1st: this month only
      item('a', 'award', '2026-12-01T17:00:00.000Z', 50, true),
      item('b', 'coupon', '2026-12-02T00:00:00.000Z'),
      item('b', 'pickup', '2026-11-30T16:00:00.000Z'), // 1 December
      item('b', 'join', '2026-11-30T15:59:59.999Z'), // 30 November: last month
      item('a', 'join', '2026-12-02T00:30:00.000Z'),
    ],
    now,
  )
  expect(total.today).toEqual({ joined: 1, points: 128, awards: 1, coupons: 1, pickups: 0 })
  expect(total.month).toEqual({ joined: 1, points: 138, awards: 2, coupons: 1, pickups: 1 })
  expect(byStaff.get('a')?.month).toEqual({ joined: 1, points: 138, awards: 2, coupons: 0, pickups: 0 })
  expect(byStaff.get('b')?.today).toEqual({ joined: 0, points: 0, awards: 0, coupons: 1, pickups: 0 })
})

test('nothing yet is all zeros', () => {
  expect(tallyWork([], now).total.month).toEqual({ joined: 0, points: 0, awards: 0, coupons: 0, pickups: 0 })
})

test.each([
  [{ points: 128, tierUpgradedTo: '银卡' }, '已积 128 分 · 升级银卡'],
  [{ points: 5, tierUpgradedTo: null }, '已积 5 分'],
  [{ points: 0, tierUpgradedTo: null }, '本单无积分'],
])('the cashier reads %j as %s', (award, text) => {
  expect(awardText(award)).toBe(text)
})

test('a reversal says what could not be taken back', () => {
  expect(reversalText(128, 0)).toBe('已撤销 128 分')
  expect(reversalText(28, 100)).toBe('已撤销 28 分 · 100 分已用完无法扣回')
})
