import { auditActionText, auditDiff } from '@/features/admin/logic/audit-view'
import { couponRateBars, daysOf, newMembersTrend, pointsTrend, tallyBars } from '@/features/admin/logic/chart-specs'
import { pointsRulesErrors, tierRowErrors, type TierRow } from '@/features/admin/logic/settings-forms'
import type { AdminStats } from '@/contracts/admin'

describe('charts draw the numbers of the reply', () => {
  const stats = { newMembers: { total: 3, byDay: [{ key: '2028-02-29', count: 2 }, { key: '2028-03-02', count: 1 }], byStore: [], byStaff: [], byChannel: [] } } as unknown as AdminStats
  test('every day of the range, days without joins at 0 (29 February included)', () => {
    expect(daysOf('2028-02-28', '2028-03-02')).toEqual(['2028-02-28', '2028-02-29', '2028-03-01', '2028-03-02'])
    const spec = newMembersTrend(stats, '2028-02-28', '2028-03-02')
    expect(spec.categories).toEqual(['02-28', '02-29', '03-01', '03-02'])
    expect(spec.series[0].data).toEqual([0, 2, 0, 1])
  })

  test('points issued against redeemed', () => {
    const spec = pointsTrend([{ day: '2026-06-19', issued: 10, redeemed: 4 }], '2026-06-18', '2026-06-19')
    expect(spec.series).toEqual([{ name: '发放', data: [0, 10] }, { name: '兑换', data: [0, 4] }])
  })

  test('bars: the largest first, eight at most, names for keys', () => {
    const rows = Array.from({ length: 10 }, (_, i) => ({ key: `k${i}`, count: i }))
    const spec = tallyBars('按渠道', [...rows, { key: '', count: 20 }], { k9: '社群' })
    expect(spec.categories.slice(0, 2)).toEqual(['未归属', '社群'])
    expect(spec.series[0].data).toHaveLength(8)
  })

  test('coupon rates in percent', () => {
    const spec = couponRateBars([{ templateId: 't', title: '满 20 减 3', stock: 100, claimed: 1, redeemed: 0, claimRate: 0.01, redemptionRate: 0 }])
    expect(spec.series).toEqual([{ name: '领取率', data: [1] }, { name: '核销率', data: [0] }])
    expect(spec.unit).toBe('%')
  })
})

describe('the audit log reads', () => {
  test('actions in Chinese', () => {
    expect(auditActionText('campaign.retire')).toBe('停用 活动')
    expect(auditActionText('tiers.update')).toBe('修改 会员等级')
  })
  test('only what changed, not the time stamp', () => {
    expect(auditDiff({ name: 'A', enabled: true, updatedAt: 1 }, { name: 'B', enabled: true, updatedAt: 2, address: 'x' })).toEqual([
      { key: 'address', before: '—', after: 'x' },
      { key: 'name', before: 'A', after: 'B' },
    ])
    expect(auditDiff(null, { name: 'A' })).toEqual([{ key: 'name', before: '—', after: 'A' }])
  })
})

describe('settings forms', () => {
  const row = (threshold: string, over: Partial<TierRow> = {}): TierRow => ({ name: '卡', threshold, multiplier: '1', memberDayRate: '95', ...over })
  test.each([
    ['rising from 0', [row('0'), row('1000'), row('5000')], [{}, {}, {}]],
    ['not from 0', [row('10')], [{ threshold: '第一个等级的门槛须为 0' }]],
    ['not rising', [row('0'), row('0')], [{}, { threshold: '门槛须高于上一等级' }]],
    ['a multiplier below 1, a discount of 0', [row('0', { multiplier: '0.5', memberDayRate: '0' })], [{ multiplier: '积分倍数 1–10', memberDayRate: '会员日折扣 10–100' }]],
  ] as [string, TierRow[], object[]][])('tiers %s', (_name, rows, errors) => {
    expect(tierRowErrors(rows)).toEqual(errors)
  })
  test('points rules', () => {
    expect(pointsRulesErrors({ ratePerYuan: '1', expiryKind: 'days', expiryDays: '0', tillCeilingYuan: '5000' })).toEqual({ expiryDays: '有效天数为 1–36500' })
    expect(pointsRulesErrors({ ratePerYuan: 'x', expiryKind: 'end-of-next-year', expiryDays: '', tillCeilingYuan: '0' })).toEqual({ ratePerYuan: '每元积分为 0–100，如 1', tillCeilingYuan: '请填写单笔上限金额（元）' })
  })
})
