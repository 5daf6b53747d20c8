import { campaignRecord, type CampaignRecord } from '@/contracts/admin-records'
import { campaignFormErrors, campaignFormOf, campaignRecordOf, calendarOrder, EMPTY_CAMPAIGN_FORM, rewardText, ruleText, type CampaignForm } from '@/features/admin/logic/campaign-form'

const form = (over: Partial<CampaignForm>): CampaignForm => ({ ...EMPTY_CAMPAIGN_FORM, id: 'c1', name: '活动', multiplier: '2', ...over })

describe('campaign form messages (Chinese, by field)', () => {
  test.each([
    ['a good member day', {}, {}],
    ['no id', { id: '' }, { id: '编号为 1–64 位字母、数字、- 或 _' }],
    ['no weekday', { weekdays: [] }, { weekdays: '请选择每周哪几天' }],
    ['11.11 backwards', { ruleKind: 'dates', datesFrom: '2026-11-12', datesTo: '2026-11-11' }, { datesTo: '结束日期不能早于开始日期' }],
    ['a date that does not exist', { ruleKind: 'dates', datesFrom: '2027-02-29', datesTo: '2027-03-01' }, { datesFrom: '请填写开始日期，如 2026-11-11' }],
    ['29 February of a leap year', { ruleKind: 'dates', datesFrom: '2028-02-29', datesTo: '2028-02-29' }, {}],
    ['no reward', { multiplier: '' }, { couponTemplateIds: '请至少设置送券、送积分或积分倍数之一' }],
    ['a multiplier of 1', { multiplier: '1' }, { multiplier: '倍数为 1–10，如 2 或 1.5' }],
    ['a multiplier only on sign-in', { events: ['signin'] }, { multiplier: '积分倍数只在下单支付时生效，请勾选「下单支付」' }],
    ['a multiplier on joining', { ruleKind: 'new-member' }, { multiplier: '入会和生日当天的活动不能设积分倍数' }],
    ['first order only without a multiplier', { multiplier: '', points: '100', firstOrderOnly: true }, { firstOrderOnly: '「仅首单」须配合积分倍数' }],
    ['bad coupon ids', { couponTemplateIds: 'a b' }, { couponTemplateIds: '券编号用逗号分隔，最多 10 个' }],
    ['a window backwards', { windowFrom: '2026-12-01', windowTo: '2026-01-01' }, { windowTo: '结束日期不能早于开始日期' }],
  ] as [string, Partial<CampaignForm>, Record<string, string>][])('%s', (_name, over, errors) => {
    expect(campaignFormErrors(form(over))).toEqual(errors)
  })
})

describe('a form without messages gives a record the contract takes, and back', () => {
  test.each([
    ['每周二会员日 2 倍', { weekdays: [2], events: ['signin', 'order-paid'], minTier: 'silver', couponTemplateIds: 'md-95' }],
    ['生日月首单 3 倍', { ruleKind: 'birthday-month', multiplier: '3', firstOrderOnly: true }],
    ['新会员礼', { ruleKind: 'new-member', multiplier: '', couponTemplateIds: 'new-5，welcome', points: '100' }],
    ['双十一', { ruleKind: 'dates', datesFrom: '2026-11-11', datesTo: '2026-11-11', banner: '双十一双倍积分' }],
  ] as [string, Partial<CampaignForm>][])('%s', (_name, over) => {
    const f = form(over)
    expect(campaignFormErrors(f)).toEqual({})
    const record = campaignRecordOf(f)
    expect(campaignRecord.safeParse(record).success).toBe(true)
    expect(campaignRecordOf(campaignFormOf(record))).toEqual(record)
  })

  test('joining gifts are given on join, the birthday on the daily timer', () => {
    expect(campaignRecordOf(form({ ruleKind: 'community', multiplier: '', points: '5' })).on).toEqual(['join'])
    expect(campaignRecordOf(form({ ruleKind: 'birthday', multiplier: '', points: '5' })).on).toEqual(['daily'])
  })
})

describe('the calendar list', () => {
  test.each([
    [{ kind: 'weekly', weekdays: [2] }, '每周二'],
    [{ kind: 'weekly', weekdays: [6, 7] }, '每周六、日'],
    [{ kind: 'dates', from: '2026-11-11', to: '2026-11-11' }, '2026-11-11'],
    [{ kind: 'dates', from: '2026-11-01', to: '2026-11-11' }, '2026-11-01 至 2026-11-11'],
    [{ kind: 'birthday-month' }, '生日月'],
  ] as [CampaignRecord['rule'], string][])('%j reads %s', (rule, text) => {
    expect(ruleText(rule)).toBe(text)
  })

  test('fixed dates first, in date order, then weekly, then the rest', () => {
    const rules = [{ kind: 'birthday-month' }, { kind: 'weekly', weekdays: [2] }, { kind: 'dates', from: '2026-11-11', to: '2026-11-11' }, { kind: 'dates', from: '2026-06-18', to: '2026-06-18' }] as CampaignRecord['rule'][]
    expect([...rules].sort((a, b) => calendarOrder(a).localeCompare(calendarOrder(b))).map(ruleText)).toEqual(['2026-06-18', '2026-11-11', '每周二', '生日月'])
  })

  test('rewards read as the merchant wrote them', () => {
    expect(rewardText({ couponTemplateIds: ['a', 'b'], points: 100, pointsMultiplier: 3, firstOrderOnly: true })).toBe('送券 2 张 · 100 积分 · 积分 3 倍（首单）')
  })
})
