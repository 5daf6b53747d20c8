import type { Campaign, CampaignOccasion } from '@/domain/campaigns'
import { startOfDay } from '@/domain/time'

/** The playbook as campaigns of the engine. */
export const PLAYBOOK: Campaign[] = [
  // 每周二会员日：银卡及以上领 95 折券，消费积分 2 倍
  { id: 'member-day', name: '每周二会员日', enabled: true, on: ['signin', 'order-paid'], rule: { kind: 'weekly', weekdays: [2] }, minTier: 'silver', reward: { couponTemplateIds: ['md-95'], pointsMultiplier: 2 } },
  // 生日月：生日礼券 + 当月首单 3 倍积分（一次）
  { id: 'birthday-gift', name: '生日礼券', enabled: true, on: ['daily'], rule: { kind: 'birthday' }, reward: { couponTemplateIds: ['bday'] } },
  { id: 'birthday-month', name: '生日月首单 3 倍积分', enabled: true, on: ['order-paid'], rule: { kind: 'birthday-month' }, reward: { pointsMultiplier: 3, firstOrderOnly: true } },
  // 新会员：5 元无门槛券 + 100 积分
  { id: 'welcome', name: '新会员礼', enabled: true, on: ['join'], rule: { kind: 'new-member' }, reward: { couponTemplateIds: ['new-5'], points: 100 } },
  // 扫码入群：5 元券
  { id: 'community', name: '扫码入群礼', enabled: true, on: ['join'], rule: { kind: 'community' }, reward: { couponTemplateIds: ['group-5'] } },
  // 双十一双倍积分
  { id: 'double-11', name: '双十一双倍积分', enabled: true, on: ['order-paid'], rule: { kind: 'dates', from: '2025-11-11', to: '2025-11-11' }, reward: { pointsMultiplier: 2 } },
  { id: 'double-11-2028', name: '双十一双倍积分', enabled: true, on: ['order-paid'], rule: { kind: 'dates', from: '2028-11-11', to: '2028-11-11' }, reward: { pointsMultiplier: 2 } },
  { id: 'retired', name: '已下线', enabled: false, on: ['order-paid'], rule: { kind: 'daily' }, reward: { pointsMultiplier: 10 } },
]

export const LADDER = ['normal', 'silver', 'gold', 'black']

/** Noon of a Shanghai business day, as the functions' clock would give it. */
export const noon = (day: string) => new Date(startOfDay(day).getTime() + 12 * 3_600_000)

export const occasion = (event: CampaignOccasion['event'], day: string, over: Partial<CampaignOccasion> = {}): CampaignOccasion => ({
  event,
  now: noon(day),
  memberId: 'm1',
  tier: 'silver',
  birthday: '1996-02-29',
  tierLadder: LADDER,
  ...over,
})
