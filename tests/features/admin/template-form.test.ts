import { couponTemplateRecord } from '@/contracts/admin-records'
import { EMPTY_TEMPLATE_FORM, templateFormErrors, templateRecordOf, type TemplateForm } from '@/features/admin/logic/template-form'

const form = (over: Partial<TemplateForm>): TemplateForm => ({ ...EMPTY_TEMPLATE_FORM, id: 'tpl-a', title: '满 30 减 5', amountYuan: '5', thresholdYuan: '30', ...over })

test.each([
  ['a good 满减', {}, {}],
  ['no id', { id: '' }, { id: '编号为 1–64 位字母、数字、- 或 _' }],
  ['a saving above the threshold', { amountYuan: '40' }, { amountYuan: '减免金额不能超过门槛' }],
  ['three decimals', { amountYuan: '5.555' }, { amountYuan: '请填写金额，如 5 或 5.5' }],
  ['a discount of 100', { kind: 'discount' as const, rate: '100' }, { rate: '折扣填 1–99，如 85 表示 8.5 折' }],
  ['no title', { title: ' ' }, { title: '请填写券名称（30 字以内）' }],
  ['zero days', { days: '0' }, { days: '有效天数为 1–3650' }],
  ['a limit of 0', { perMemberLimit: '0' }, { perMemberLimit: '每人限领 1–1000 张' }],
])('%s', (_name, over, errors) => {
  expect(templateFormErrors(form(over))).toEqual(errors)
})

test.each([
  [form({}), { kind: 'threshold', thresholdFen: 3000, amountFen: 500 }],
  [form({ kind: 'cash', amountYuan: '19.9' }), { kind: 'cash', amountFen: 1990 }],
  [form({ kind: 'discount', rate: '85' }), { kind: 'discount', rate: 85 }],
])('yuan become integer fen, and the record passes the contract', (f, benefit) => {
  const record = templateRecordOf(f)
  expect(record.benefit).toEqual(benefit)
  expect(couponTemplateRecord.safeParse(record).success).toBe(true)
})
