import type { CampaignRecord } from '@/contracts/admin-records'

type RuleKind = CampaignRecord['rule']['kind']
type Event = CampaignRecord['on'][number]

/** The campaign form as typed: strings and chips. */
export interface CampaignForm {
  id: string
  name: string
  ruleKind: RuleKind
  weekdays: number[]
  datesFrom: string
  datesTo: string
  /** Calendar rules only: which events give it (sign-in, order paid). */
  events: Event[]
  minTier: '' | NonNullable<CampaignRecord['minTier']>
  couponTemplateIds: string
  points: string
  multiplier: string
  firstOrderOnly: boolean
  windowFrom: string
  windowTo: string
  banner: string
}

export const EMPTY_CAMPAIGN_FORM: CampaignForm = {
  id: '', name: '', ruleKind: 'weekly', weekdays: [2], datesFrom: '', datesTo: '', events: ['order-paid'], minTier: '',
  couponTemplateIds: '', points: '', multiplier: '', firstOrderOnly: false, windowFrom: '', windowTo: '', banner: '',
}

export const RULE_NAMES: Record<RuleKind, string> = {
  weekly: '每周', 'birthday-month': '生日月', birthday: '生日当天', dates: '指定日期', 'new-member': '新会员', community: '扫码入群', daily: '每天',
}
export const EVENT_NAMES: Record<Event, string> = { join: '入会', signin: '签到', 'order-paid': '下单支付', daily: '每日' }
export const WEEKDAY_NAMES = ['一', '二', '三', '四', '五', '六', '日']
export const TIER_CHOICES: [CampaignForm['minTier'], string][] = [['', '全部会员'], ['silver', '银卡及以上'], ['gold', '金卡及以上'], ['black', '黑金']]

/** Rules fixed to one event: joining gifts on join, the birthday on the daily timer. */
const FIXED_EVENT: Partial<Record<RuleKind, Event>> = { 'new-member': 'join', community: 'join', birthday: 'daily' }
export const isCalendarRule = (kind: RuleKind) => !FIXED_EVENT[kind]

const DAY = /^\d{4}-\d{2}-\d{2}$/
const isDay = (s: string) => DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s)
const ID_LIST = /^[A-Za-z0-9_-]{1,64}(\s*[,，]\s*[A-Za-z0-9_-]{1,64}){0,9}$/
const couponIds = (s: string) => s.split(/[,，]/).map((x) => x.trim()).filter(Boolean)

/** Chinese messages by field; empty when the form can be sent. */
export function campaignFormErrors(f: CampaignForm): Partial<Record<keyof CampaignForm, string>> {
  const e: Partial<Record<keyof CampaignForm, string>> = {}
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(f.id)) e.id = '编号为 1–64 位字母、数字、- 或 _'
  if (!f.name.trim() || f.name.length > 30) e.name = '请填写活动名称（30 字以内）'
  if (f.ruleKind === 'weekly' && !f.weekdays.length) e.weekdays = '请选择每周哪几天'
  if (f.ruleKind === 'dates') {
    if (!isDay(f.datesFrom)) e.datesFrom = '请填写开始日期，如 2026-11-11'
    if (!isDay(f.datesTo)) e.datesTo = '请填写结束日期，如 2026-11-11'
    else if (!e.datesFrom && f.datesFrom > f.datesTo) e.datesTo = '结束日期不能早于开始日期'
  }
  if (isCalendarRule(f.ruleKind) && !f.events.length) e.events = '请选择在签到或下单支付时生效'
  const hasCoupons = f.couponTemplateIds.trim() !== ''
  if (hasCoupons && !ID_LIST.test(f.couponTemplateIds.trim())) e.couponTemplateIds = '券编号用逗号分隔，最多 10 个'
  if (f.points && !(/^\d{1,6}$/.test(f.points) && Number(f.points) >= 1 && Number(f.points) <= 100_000)) e.points = '积分为 1–100000 的整数'
  if (f.multiplier && !(/^\d{1,2}(\.\d)?$/.test(f.multiplier) && Number(f.multiplier) > 1 && Number(f.multiplier) <= 10)) e.multiplier = '倍数为 1–10，如 2 或 1.5'
  else if (f.multiplier && !f.events.includes('order-paid') && isCalendarRule(f.ruleKind)) e.multiplier = '积分倍数只在下单支付时生效，请勾选「下单支付」'
  else if (f.multiplier && !isCalendarRule(f.ruleKind)) e.multiplier = '入会和生日当天的活动不能设积分倍数'
  if (f.firstOrderOnly && !f.multiplier) e.firstOrderOnly = '「仅首单」须配合积分倍数'
  if (!hasCoupons && !f.points && !f.multiplier) e.couponTemplateIds = '请至少设置送券、送积分或积分倍数之一'
  if (f.windowFrom && !isDay(f.windowFrom)) e.windowFrom = '日期格式为 2026-01-01'
  if (f.windowTo && !isDay(f.windowTo)) e.windowTo = '日期格式为 2026-12-31'
  else if (f.windowFrom && f.windowTo && !e.windowFrom && f.windowFrom > f.windowTo) e.windowTo = '结束日期不能早于开始日期'
  if (f.banner.length > 40) e.banner = '横幅文字不超过 40 字'
  return e
}

/** The record the admin function takes, from a form without errors. */
export function campaignRecordOf(f: CampaignForm): CampaignRecord {
  const rule: CampaignRecord['rule'] =
    f.ruleKind === 'weekly' ? { kind: 'weekly', weekdays: [...f.weekdays].sort() }
    : f.ruleKind === 'dates' ? { kind: 'dates', from: f.datesFrom, to: f.datesTo }
    : { kind: f.ruleKind }
  const fixed = FIXED_EVENT[f.ruleKind]
  const ids = couponIds(f.couponTemplateIds)
  return {
    id: f.id,
    name: f.name.trim(),
    on: fixed ? [fixed] : f.events,
    rule,
    ...(f.minTier ? { minTier: f.minTier } : {}),
    ...(f.windowFrom ? { from: f.windowFrom } : {}),
    ...(f.windowTo ? { to: f.windowTo } : {}),
    reward: {
      ...(ids.length ? { couponTemplateIds: ids } : {}),
      ...(f.points ? { points: Number(f.points) } : {}),
      ...(f.multiplier ? { pointsMultiplier: Number(f.multiplier) } : {}),
      ...(f.firstOrderOnly ? { firstOrderOnly: true } : {}),
    },
    ...(f.banner.trim() ? { banner: f.banner.trim() } : {}),
  }
}

/** The form of a stored campaign, to edit it. */
export function campaignFormOf(r: CampaignRecord): CampaignForm {
  return {
    id: r.id,
    name: r.name,
    ruleKind: r.rule.kind,
    weekdays: r.rule.kind === 'weekly' ? [...r.rule.weekdays] : [2],
    datesFrom: r.rule.kind === 'dates' ? r.rule.from : '',
    datesTo: r.rule.kind === 'dates' ? r.rule.to : '',
    events: r.on.filter((e) => e === 'signin' || e === 'order-paid'),
    minTier: r.minTier ?? '',
    couponTemplateIds: (r.reward.couponTemplateIds ?? []).join(','),
    points: r.reward.points ? String(r.reward.points) : '',
    multiplier: r.reward.pointsMultiplier ? String(r.reward.pointsMultiplier) : '',
    firstOrderOnly: !!r.reward.firstOrderOnly,
    windowFrom: r.from ?? '',
    windowTo: r.to ?? '',
    banner: r.banner ?? '',
  }
}

/** 「每周二」「生日月」「2026-11-11」: when a campaign applies, for the calendar list. */
export function ruleText(rule: CampaignRecord['rule']): string {
  if (rule.kind === 'weekly') return `每周${rule.weekdays.map((d) => WEEKDAY_NAMES[d - 1]).join('、')}`
  if (rule.kind === 'dates') return rule.from === rule.to ? rule.from : `${rule.from} 至 ${rule.to}`
  return RULE_NAMES[rule.kind]
}

/** 「送券 2 张 · 100 积分 · 积分 3 倍（首单）」 */
export function rewardText(reward: CampaignRecord['reward']): string {
  const parts: string[] = []
  if (reward.couponTemplateIds?.length) parts.push(`送券 ${reward.couponTemplateIds.length} 张`)
  if (reward.points) parts.push(`${reward.points} 积分`)
  if (reward.pointsMultiplier) parts.push(`积分 ${reward.pointsMultiplier} 倍${reward.firstOrderOnly ? '（首单）' : ''}`)
  return parts.join(' · ')
}

/** Where a rule sits on the calendar list: fixed dates first by date, then weekly, monthly, on events. */
export const calendarOrder = (rule: CampaignRecord['rule']): string =>
  rule.kind === 'dates' ? `0${rule.from}` : rule.kind === 'weekly' ? `1${rule.weekdays.join('')}` : `2${['daily', 'birthday-month', 'birthday', 'new-member', 'community'].indexOf(rule.kind)}`
