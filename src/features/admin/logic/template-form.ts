import type { CouponTemplateRecord } from '@/contracts/admin-records'
import { fenOf, WHOLE, YUAN } from './form-numbers'

/** The coupon template form as typed: strings, amounts in yuan. */
export interface TemplateForm {
  id: string
  title: string
  description: string
  kind: 'cash' | 'threshold' | 'discount'
  amountYuan: string
  thresholdYuan: string
  /** 85 = 8.5 折 */
  rate: string
  days: string
  stock: string
  perMemberLimit: string
}

export const EMPTY_TEMPLATE_FORM: TemplateForm = { id: '', title: '', description: '', kind: 'threshold', amountYuan: '', thresholdYuan: '', rate: '', days: '7', stock: '100', perMemberLimit: '1' }


/** Chinese messages by field; empty when the form can be sent. */
export function templateFormErrors(f: TemplateForm): Partial<Record<keyof TemplateForm, string>> {
  const e: Partial<Record<keyof TemplateForm, string>> = {}
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(f.id)) e.id = '编号为 1–64 位字母、数字、- 或 _'
  if (!f.title.trim() || f.title.length > 30) e.title = '请填写券名称（30 字以内）'
  if (f.description.length > 60) e.description = '说明不超过 60 字'
  if (f.kind !== 'discount' && !(YUAN.test(f.amountYuan) && fenOf(f.amountYuan) > 0)) e.amountYuan = '请填写金额，如 5 或 5.5'
  if (f.kind === 'threshold') {
    if (!(YUAN.test(f.thresholdYuan) && fenOf(f.thresholdYuan) > 0)) e.thresholdYuan = '请填写门槛金额'
    else if (!e.amountYuan && fenOf(f.amountYuan) > fenOf(f.thresholdYuan)) e.amountYuan = '减免金额不能超过门槛'
  }
  if (f.kind === 'discount' && !(WHOLE.test(f.rate) && Number(f.rate) >= 1 && Number(f.rate) <= 99)) e.rate = '折扣填 1–99，如 85 表示 8.5 折'
  if (!(WHOLE.test(f.days) && Number(f.days) >= 1 && Number(f.days) <= 3650)) e.days = '有效天数为 1–3650'
  if (!(WHOLE.test(f.stock) && Number(f.stock) <= 10_000_000)) e.stock = '库存为 0–10000000 的整数'
  if (!(WHOLE.test(f.perMemberLimit) && Number(f.perMemberLimit) >= 1 && Number(f.perMemberLimit) <= 1000)) e.perMemberLimit = '每人限领 1–1000 张'
  return e
}

/** The record the admin function takes, from a form without errors: money in fen. */
export function templateRecordOf(f: TemplateForm): CouponTemplateRecord {
  const benefit: CouponTemplateRecord['benefit'] =
    f.kind === 'cash' ? { kind: 'cash', amountFen: fenOf(f.amountYuan) }
    : f.kind === 'threshold' ? { kind: 'threshold', thresholdFen: fenOf(f.thresholdYuan), amountFen: fenOf(f.amountYuan) }
    : { kind: 'discount', rate: Number(f.rate) }
  return {
    id: f.id,
    title: f.title.trim(),
    description: f.description.trim(),
    benefit,
    channel: 'both',
    scope: { kind: 'all' },
    validity: { kind: 'days', days: Number(f.days) },
    stock: Number(f.stock),
    perMemberLimit: Number(f.perMemberLimit),
    issuedBy: 'center',
    refundable: true,
  }
}
