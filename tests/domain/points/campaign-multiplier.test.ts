import { activeCampaign, type PointsCampaign } from '@/domain/points'
import { startOfDay } from '@/domain/time'

const campaigns: PointsCampaign[] = [
  { id: 'member-day', name: '会员日双倍积分', multiplier: 2, weekdays: [2] },
  { id: 'double-11', name: '双十一', multiplier: 2, from: '2025-11-11', to: '2025-11-11' },
  { id: 'spring', name: '春季三倍', multiplier: 3, from: '2026-03-01', to: '2026-03-15' },
]
const at = (day: string) => new Date(startOfDay(day).getTime() + 3_600_000)

test.each([
  ['2026-03-17', 2, 'member-day'],
  ['2026-03-10', 3, 'spring'],
  ['2025-11-11', 2, 'member-day'],
  ['2026-03-18', 1, null],
])('settings points campaigns on %s: ×%i (%s)', (day, multiplier, id) => {
  const { multiplier: m, campaign } = activeCampaign(campaigns, at(day))
  expect(m).toBe(multiplier)
  expect(campaign?.id ?? null).toBe(id)
})
